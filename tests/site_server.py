"""ビルド済みのサイトの検査 (check_links.py、lighthouse.py、tests/e2e) が共通に使う部品。標準ライブラリだけで動く。

- serve: サイトのフォルダを 127.0.0.1 の空いているポートで配信する (別スレッドの http.server)
- chromium: インストール済みの Chromium (または Chrome) の実行ファイルを探す
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

HOST = "127.0.0.1"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


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
