"""ビルド済みのサイトの検査が共通に使う部品 (標準ライブラリだけで動く)。

- ROOT / SITE: リポジトリのルートと、既定のサイトのフォルダ (site/)
- require_site: サイトのフォルダが無ければ、ファイル名を示して終わる
- pages: サイトの HTML ページと、その URL のパス ("" がホーム、"tensor/ops/" など)
- serve: サイトを 127.0.0.1 の空いているポートで配信する (別スレッドの http.server)
- chromium / CHROMIUM_FLAGS: インストール済みの Chromium (または Chrome) と、その起動オプション
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
HOST = "127.0.0.1"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# ヘッドレスで root として動かし、外のネットワークに繋がない (閉じたネットワークでは、バックグラウンドの
# 通信が拒否されて起動が遅れる)
CHROMIUM_FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


class MissingSite(SystemExit):
    pass


def require_site(site: Path) -> Path:
    """サイトのフォルダ (index.html があるもの) の絶対パス。無ければ MissingSite (終了コード 2) で止める。"""
    site = Path(site).resolve()
    if not (site / "index.html").is_file():
        raise MissingSite(f"{site}: ビルド済みのサイトがありません (`nox -s docs` でビルドできます)")
    return site


def url_path(site: Path, html: Path) -> str:
    """HTML ファイルの URL のパス。index.html はそのフォルダ ("" がホーム)。"""
    path = html.relative_to(site).as_posix()
    return path.removesuffix("index.html") if path == "index.html" or path.endswith("/index.html") else path


def pages(site: Path) -> dict[str, Path]:
    """サイトのすべてのページ {URL のパス: HTML ファイル}。404.html と、. で始まるフォルダの中は除く。"""
    found = {}
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site)
        if rel.as_posix() != "404.html" and not any(part.startswith(".") for part in rel.parts):
            found[url_path(site, html)] = html
    return found


class QuietHandler(SimpleHTTPRequestHandler):
    """1 要求ごとのログを出さない http.server のハンドラ。"""

    def log_message(self, format, *args) -> None:
        pass


@contextmanager
def serve(site: Path, handler: type[SimpleHTTPRequestHandler] = QuietHandler) -> Iterator[str]:
    """site を配信し、その URL ("http://127.0.0.1:<port>/") を返す。with を抜けるとサーバーを止める。"""
    server = ThreadingHTTPServer((HOST, 0), partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def chromium(explicit: str | None = None) -> str | None:
    """explicit、環境変数 CHROME_PATH、PATH 上の chromium / google-chrome の順に探す。見つからなければ None。"""
    for candidate in (explicit, os.environ.get("CHROME_PATH"), *map(shutil.which, BROWSERS)):
        if candidate and Path(candidate).is_file():
            return candidate
    return None
