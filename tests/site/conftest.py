"""ビルド済みのサイトを確かめるテスト (ブラウザと検索) の設定。

ビルド済みのサイト (既定は site/) を 127.0.0.1 で配信し (sitecheck/site.py)、Playwright で
Chromium を動かします。検索のテストは Node.js で Material の検索のコードを動かします (sitecheck/search.py)。
実行は `nox -s e2e` (先に `nox -s docs` でサイトをビルドしておく)。

    pytest tests/site --site site --screenshots report/screenshots

- `pytest tests` はこのフォルダを集めない (tests/conftest.py の collect_ignore。playwright の無い環境でも動くように)。
- サイトのフォルダが無ければ、テストを始めずに使い方の誤りとして終わる。
- ブラウザは Playwright がダウンロードするものではなく、インストール済みの Chromium を使う
  (`--chromium`、環境変数 CHROME_PATH、PATH 上の chromium / google-chrome の順に探す)。
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from sitecheck.site import CHROMIUM_FLAGS, HOST, MissingSite, chromium, pages, require_site, serve

VIEWPORT = {"width": 1280, "height": 800}


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("e2e", "ビルド済みのサイトの検査 (tests/site)")
    group.addoption("--site", default="site", help="ビルド済みのサイトのフォルダ (既定: site)")
    group.addoption(
        "--screenshots", default="report/screenshots", help="スクリーンショットの保存先 (既定: report/screenshots)"
    )
    group.addoption(
        "--chromium",
        default=None,
        help="Chromium の実行ファイル (既定: 環境変数 CHROME_PATH、なければ PATH 上の chromium / google-chrome)",
    )


def _resolve(config: pytest.Config, name: str) -> Path:
    path = Path(config.getoption(name))
    return path if path.is_absolute() else Path(config.invocation_params.dir) / path


def pytest_configure(config: pytest.Config) -> None:
    # サイトが無ければ、スキップではなく使い方の誤りとして止める (検査が何もせずに通らないように)
    try:
        require_site(_resolve(config, "site"))
    except MissingSite as e:
        raise pytest.UsageError(f"{e.code} (--site で指定することもできます)") from None


def site_pages(site: Path) -> list[str]:
    return list(pages(site))


def notebook_pages(site: Path) -> list[str]:
    """ノートブックのページ (隣にダウンロード用の .ipynb があるページ) の URL のパス。"""
    return [f"{nb.parent.relative_to(site).as_posix()}/" for nb in sorted(site.glob("notebooks/*/*.ipynb"))]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    site = _resolve(metafunc.config, "site")
    for name, find in (("page_path", site_pages), ("notebook_path", notebook_pages)):
        if name in metafunc.fixturenames:
            paths = find(site)
            metafunc.parametrize(name, paths, ids=[path or "home" for path in paths])


@pytest.fixture(scope="session")
def site(pytestconfig: pytest.Config) -> Path:
    return _resolve(pytestconfig, "site")


@pytest.fixture(scope="session")
def screenshot_dir(pytestconfig: pytest.Config) -> Path:
    path = _resolve(pytestconfig, "screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    """サイトを 127.0.0.1 の空いているポートで配信する。"""
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser(pytestconfig: pytest.Config) -> Iterator[Browser]:
    executable = chromium(pytestconfig.getoption("chromium"))
    if executable is None:
        pytest.fail(
            "Chromium が見つかりません。Debian なら `apt-get install chromium fonts-noto-cjk`、"
            "または --chromium / CHROME_PATH で実行ファイルを指定してください",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=list(CHROMIUM_FLAGS))
        yield browser
        browser.close()


class Recorder:
    """ページのコンソールのエラー、ページのエラー、127.0.0.1 以外へのリクエストを problems に記録する。"""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def watch(self, page: Page) -> Page:
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        return page

    def _console(self, message) -> None:
        if message.type == "error":
            self.problems.append(f"console error: {message.text} ({message.location})")


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
            recorder.problems.append(f"request to another host: {url}")
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
