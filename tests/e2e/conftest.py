"""ブラウザでサイトを確かめるテスト (E2E) の設定。

ビルド済みのサイト (既定は site/) を 127.0.0.1 の `python -m http.server` で配信し、Playwright で
Chromium を動かします。実行は `nox -s e2e` (先に `nox -s docs` でサイトをビルドしておく)。

    pytest tests/e2e -p no:cacheprovider --confcutdir tests/e2e --site site --screenshots report/screenshots

- playwright が入っていない環境 (`nox -s tests` の仮想環境や GPU マシン) で `pytest tests` を実行したときは、
  このフォルダを集めない。
- サイトのフォルダが無ければ、すべてのテストを理由つきでスキップする。
- ブラウザは Playwright がダウンロードするものではなく、インストール済みの Chromium を使う
  (`--chromium`、環境変数 CHROME_PATH、PATH 上の chromium / google-chrome の順に探す)。
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

try:
    from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright
except ImportError:  # `nox -s tests` の仮想環境には playwright が無い: このフォルダは集めない
    Browser = BrowserContext = Page = sync_playwright = None
    collect_ignore_glob = ["*"]

HOST = "127.0.0.1"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1280, "height": 800}
MISSING_SITE = "サイトのフォルダ {site} がありません。`nox -s docs` でビルドするか、--site で指定してください"


def pytest_addoption(parser: pytest.Parser) -> None:
    # この conftest が最初に読まれたとき (pytest tests/e2e) だけ呼ばれる
    if sync_playwright is None:
        raise pytest.UsageError("tests/e2e には playwright が要ります (nox -s e2e で実行してください)")
    group = parser.getgroup("e2e", "ブラウザでのサイトの検査 (tests/e2e)")
    group.addoption("--site", default="site", help="ビルド済みのサイトのフォルダ (既定: site)")
    group.addoption(
        "--screenshots", default="report/screenshots", help="スクリーンショットの保存先 (既定: report/screenshots)"
    )
    group.addoption(
        "--chromium",
        default=None,
        help="Chromium の実行ファイル (既定: 環境変数 CHROME_PATH、なければ PATH 上の chromium / google-chrome)",
    )


def _option(config: pytest.Config, name: str, default: str | None) -> str | None:
    # `pytest tests` で (playwright のある環境で) 集められたときは上のオプションが無いので既定値を使う
    return config.getoption(name, default=default)


def _resolve(config: pytest.Config, value: str) -> Path:
    path = Path(value)
    return path if path.is_absolute() else Path(config.invocation_params.dir) / path


def site_dir(config: pytest.Config) -> Path:
    return _resolve(config, _option(config, "site", "site"))


def site_pages(site: Path) -> list[str]:
    """サイトの HTML ページ (404.html を除く) の URL のパス。"index.html" は "" (ホーム)、"tensor/ops/" など。"""
    pages = []
    for index in sorted(site.rglob("index.html")):
        rel = index.parent.relative_to(site)
        if not any(part.startswith(".") for part in rel.parts):
            pages.append(f"{rel.as_posix()}/" if rel.parts else "")
    return pages


def notebook_pages(site: Path) -> list[str]:
    """ノートブックのページ (隣にダウンロード用の .ipynb があるページ) の URL のパス。"""
    return [f"{nb.parent.relative_to(site).as_posix()}/" for nb in sorted(site.glob("notebooks/*/*.ipynb"))]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # サイトが無いときは仮の 1 件にする (下の pytest_collection_modifyitems がスキップする)
    site = site_dir(metafunc.config)
    for name, find in (("page_path", site_pages), ("notebook_path", notebook_pages)):
        if name in metafunc.fixturenames:
            paths = find(site) if (site / "index.html").is_file() else ["(no site)"]
            metafunc.parametrize(name, paths, ids=[path or "home" for path in paths])


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    site = site_dir(config)
    if (site / "index.html").is_file():
        return
    here = Path(__file__).parent
    skip = pytest.mark.skip(reason=MISSING_SITE.format(site=site))
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(skip)


def _chromium(config: pytest.Config) -> str:
    candidates = [
        _option(config, "chromium", None),
        os.environ.get("CHROME_PATH"),
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
        shutil.which("google-chrome"),
        shutil.which("google-chrome-stable"),
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    pytest.fail(
        "Chromium が見つかりません。Debian なら `apt-get install chromium fonts-noto-cjk`、"
        "または --chromium / CHROME_PATH で実行ファイルを指定してください",
        pytrace=False,
    )


@pytest.fixture(scope="session")
def site(pytestconfig: pytest.Config) -> Path:
    path = site_dir(pytestconfig)
    if not (path / "index.html").is_file():
        pytest.skip(MISSING_SITE.format(site=path))
    return path


@pytest.fixture(scope="session")
def screenshot_dir(pytestconfig: pytest.Config) -> Path:
    path = _resolve(pytestconfig, _option(pytestconfig, "screenshots", "report/screenshots"))
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    """サイトを 127.0.0.1 の空いているポートで配信する。ポートは http.server 自身に選ばせて、出力から読む。"""
    server = subprocess.Popen(
        [sys.executable, "-u", "-m", "http.server", "0", "--bind", HOST, "--directory", str(site)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        line = server.stdout.readline()  # "Serving HTTP on 127.0.0.1 port 43567 (http://127.0.0.1:43567/) ..."
        if " port " not in line:
            pytest.fail(f"http.server が起動しません: {line!r}", pytrace=False)
        port = int(line.split(" port ")[1].split()[0])
        yield f"http://{HOST}:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stdout.close()


@pytest.fixture(scope="session")
def browser(pytestconfig: pytest.Config) -> Iterator[Browser]:
    executable = _chromium(pytestconfig)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Recorder:
    """ページのコンソールのエラー、ページのエラー、127.0.0.1 以外へのリクエストを記録する。"""

    def __init__(self) -> None:
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.external_requests: list[str] = []

    def watch(self, page: Page) -> Page:
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        return page

    def _console(self, message) -> None:
        if message.type == "error":
            self.console_errors.append(f"{message.text} ({message.location})")

    def problems(self) -> list[str]:
        return (
            [f"console error: {text}" for text in self.console_errors]
            + [f"page error: {text}" for text in self.page_errors]
            + [f"request to another host: {url}" for url in self.external_requests]
        )


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def context(browser: Browser, base_url: str, recorder: Recorder) -> Iterator[BrowserContext]:
    """テストごとの新しいコンテキスト (localStorage も空)。127.0.0.1 以外へのリクエストは記録して止める。"""
    context = browser.new_context(
        viewport=VIEWPORT,
        locale="ja-JP",
        color_scheme="light",
        accept_downloads=True,
        base_url=base_url,
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))

    def route(route):
        url = route.request.url
        if urlsplit(url).scheme in ("http", "https", "ws", "wss") and urlsplit(url).hostname != HOST:
            recorder.external_requests.append(url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", route)
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext, recorder: Recorder) -> Page:
    page = context.new_page()
    page.set_default_timeout(30_000)
    return recorder.watch(page)
