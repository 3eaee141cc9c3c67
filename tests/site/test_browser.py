"""ビルド済みのサイトをブラウザ (Chromium) で開いて確かめる。

- すべてのページが、コンソールのエラーもページのエラーも出さず、127.0.0.1 以外へのリクエストもせずに読み込める
- 日本語の検索で、いちばん上に正しいページが出る
- コードブロックのコピーボタンが、タイトルに書いたスニペットのファイルの中身をそのままコピーする
- ノートブックのページにダウンロードボタンがあり、落とした .ipynb が正しいノートブックで、コードのコピーも働く
- 配色の切り替え (自動 → ライト → ダーク → 自動) が働く
- ホーム、長いページ、ノートブックのページのスクリーンショットを保存する (--screenshots)
- console のブロックのコピーは、プロンプトと出力を除いたコマンドだけ
- スマートフォン (390×844): 本文は画面に収まるか、右端に影のあるスクロールの箱の中にある。図は収まる。
  見出しや表のセルは文節の境目で改行する。ホームの最初の画面に はじめに へのリンクがある
- どのページも要素の数が 2,000 個以下

設定とフィクスチャ (site、base_url、page、recorder など) は conftest.py にあります。
"""

from __future__ import annotations

import difflib
import re
import time
from pathlib import Path
from urllib.parse import urlsplit

import nbformat
import pytest
from playwright.sync_api import Locator, Page, expect

from pipeline.snippet import Snippet
from sitecheck.site import pages

# 検索語と、いちばん上に出るべきページ
SEARCHES = [
    ("勾配", "autograd/"),
    ("テンソル", "tensor/"),
    ("学習率", "scheduler/"),
    ("DataLoader", "data/"),
]
# コピーボタンを確かめるページ (スニペットを読み込むコードブロックをすべて確かめる)
COPY_PAGES = ["install/", "tensor/ops/", "autograd/", "data/"]
COPY_CLICKS = 4  # 1 ページでボタンを実際に押すブロックの数
SCREENSHOTS = [("home", ""), ("tensor-ops", "tensor/ops/"), ("notebook-digits", "notebooks/digits/")]
# 配色の 3 つの状態: (body の data-md-color-media, data-md-color-scheme, 切り替えボタンの title)
PALETTE = [
    ("(prefers-color-scheme)", "default", "ライトモードに切り替え"),
    ("(prefers-color-scheme: light)", "default", "ダークモードに切り替え"),
    ("(prefers-color-scheme: dark)", "slate", "システムの設定に合わせる"),
]
SENTINEL = "\u0000e2e: nothing copied yet"


def _goto(page: Page, path: str) -> None:
    response = page.goto(f"/{path}", wait_until="load")
    assert response is not None and response.status == 200, f"/{path}: HTTP {response and response.status}"
    page.wait_for_load_state("networkidle")


def _load_images(page: Page) -> list[str]:
    """loading="lazy" の画像もすべて読み込ませ、読み込めなかった画像の src を返す。"""
    return page.evaluate(
        """() => Promise.all([...document.images].map(async img => {
            img.loading = "eager"
            try { await img.decode() } catch {}
            return img.complete && img.naturalWidth > 0 ? null : img.currentSrc || img.src
        })).then(srcs => srcs.filter(Boolean))"""
    )


def _copy(page: Page, block: Locator) -> str:
    """コードブロックのコピーボタンを押し、クリップボードの中身を返す。"""
    page.evaluate("text => navigator.clipboard.writeText(text)", SENTINEL)
    # ボタンは画面に入ったコードブロックにだけ付く。画面の中ほどに出すのは、右下の「コピーしました」の
    # 表示が次のボタンに重なってクリックを待たせないため。ボタンは透明でも押せる (click がホバーもする)
    block.evaluate("element => element.scrollIntoView({block: 'center'})")
    block.locator("button.md-code__button[data-md-type=copy]").click()
    deadline = time.monotonic() + 5
    while (text := page.evaluate("navigator.clipboard.readText()")) == SENTINEL and time.monotonic() < deadline:
        page.wait_for_timeout(50)
    return text


def _diff(expected: str, copied: str) -> str:
    if copied == SENTINEL:
        return "  何もコピーされませんでした"
    lines = list(difflib.unified_diff(expected.splitlines(), copied.splitlines(), "ファイル", "コピー", lineterm=""))
    # 変わった行は repr で見せる (空白や改行の違いが見えるように)
    changed = (line[:1] in ("+", "-") and not line.startswith(("+++", "---")) for line in lines)
    return "\n".join(f"  {line!r}" if change else f"  {line}" for line, change in zip(lines, changed, strict=True))


def test_page_loads_cleanly(page: Page, recorder, page_path: str) -> None:
    _goto(page, page_path)
    expect(page.locator("article h1").first).to_be_visible()
    broken = _load_images(page)
    assert not broken, f"/{page_path}: 読み込めない画像 {broken}"
    assert not recorder.problems, f"/{page_path}:\n" + "\n".join(recorder.problems)


@pytest.mark.parametrize(("query", "expected"), SEARCHES, ids=[query for query, _ in SEARCHES])
def test_search_ranks_right_page_first(page: Page, recorder, base_url: str, query: str, expected: str) -> None:
    _goto(page, "")
    search = page.locator("input.md-search__input")
    search.click()
    search.fill(query)
    search.press("End")  # Material は keyup で検索する (fill だけではキーのイベントが出ない)
    # 検索の準備 (索引と日本語の分かち書き) が済むまで「検索を初期化」と表示される
    expect(page.locator(".md-search-result__meta")).to_have_text(
        re.compile("件見つかりました|何も見つかりませんでした"), timeout=30_000
    )
    # 結果はページごとの項目に分かれ、項目の最初のリンクがページ自体 (その下に節へのリンクが続く)
    items = page.locator(".md-search-result__list > .md-search-result__item")
    found = []
    for i in range(min(items.count(), 5)):
        link = items.nth(i).locator("> a.md-search-result__link").first
        found.append((urlsplit(link.get_attribute("href")).path, link.locator("h1, h2").first.inner_text()))
    listing = "\n".join(f"  {path}  {title}" for path, title in found) or "  (なし)"
    assert found and found[0][0] == urlsplit(base_url + expected).path, (
        f"「{query}」で最初に出るべきは /{expected} ですが、結果の上位は:\n{listing}"
    )
    assert not recorder.problems, "\n".join(recorder.problems)


@pytest.mark.parametrize("path", COPY_PAGES)
def test_copy_button_copies_snippet_file(page: Page, recorder, path: str) -> None:
    """先頭と末尾を含む COPY_CLICKS 個のスニペットで実際にボタンを押し、クリップボードをファイルと比べる。

    すべてのスニペットのコードがファイルと同じことは、copy_paste (sitecheck/copy_paste.py) が HTML で確かめる。
    """
    _goto(page, path)
    blocks = page.locator("div.snippet[data-snippet]")
    names = blocks.evaluate_all("blocks => blocks.map(block => block.dataset.snippet)")
    assert names, f"{path}: スニペットのコードブロックがありません"
    clicks = sorted({round(k * (len(names) - 1) / max(COPY_CLICKS - 1, 1)) for k in range(COPY_CLICKS)})
    mismatches = []
    for i in clicks:
        snippet = Snippet.find(names[i])
        copied = _copy(page, blocks.nth(i))
        # Material はコピーする文字列の末尾の空白 (ファイルの最後の改行) を取り除く (trimEnd)。それ以外は同じはず
        if copied != snippet.source.rstrip():
            mismatches.append(f"{snippet.rel}:\n{_diff(snippet.source.rstrip(), copied)}")
    assert not mismatches, "\n".join(mismatches + recorder.problems)
    expect(page.locator(".md-dialog")).to_contain_text("コピーしました")
    assert not recorder.problems, "\n".join(recorder.problems)


def test_notebook_download(page: Page, recorder, site: Path, tmp_path: Path, notebook_path: str) -> None:
    _goto(page, notebook_path)
    button = page.locator("article a.md-button[download]")
    expect(button).to_be_visible()
    expect(button).to_have_attribute("href", re.compile(r"\.ipynb$"))
    with page.expect_download() as info:
        button.click()
    download = info.value
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    assert target.suffix == ".ipynb", download.suggested_filename
    notebook = nbformat.read(target, as_version=4)
    nbformat.validate(notebook)
    assert any(cell.cell_type == "code" for cell in notebook.cells), "コードセルがありません"
    title = page.locator("article h1").first.inner_text().removesuffix("¶").strip()
    assert title in notebook.cells[0].source, f"最初のセルにページの見出し「{title}」がありません"
    assert target.read_bytes() == (site / notebook_path / target.name).read_bytes()
    assert not recorder.problems, "\n".join(recorder.problems)


def test_notebook_copy_button(page: Page, recorder, site: Path, notebook_path: str) -> None:
    _goto(page, notebook_path)
    (ipynb,) = (site / notebook_path).glob("*.ipynb")
    sources = [cell.source.rstrip() for cell in nbformat.read(ipynb, as_version=4).cells if cell.cell_type == "code"]
    blocks = page.locator("article div.notebook-cell")
    assert blocks.count() == len(sources), f"コードセル {len(sources)} 個に対してコードブロックが {blocks.count()} 個"
    for i, source in enumerate(sources):
        copied = _copy(page, blocks.nth(i))
        problems = "\n".join(recorder.problems)
        assert copied == source, f"{i + 1} 番目のコードセル:\n{_diff(source, copied)}\n{problems}"
    assert not recorder.problems, "\n".join(recorder.problems)


def test_palette_toggle(page: Page, recorder) -> None:
    _goto(page, "")
    body = page.locator("body")
    toggle = page.locator("form[data-md-component=palette] label:visible")
    for step in range(len(PALETTE) + 1):  # 3 回押すと最初の状態に戻る
        media, scheme, title = PALETTE[step % len(PALETTE)]
        expect(body).to_have_attribute("data-md-color-media", media)
        expect(body).to_have_attribute("data-md-color-scheme", scheme)
        expect(body).to_have_attribute("data-md-color-primary", "deep-orange")
        expect(toggle).to_have_attribute("title", title)
        if step < len(PALETTE):
            toggle.click()
    # ダークを選ぶと、その選択はページを読み直しても残る
    toggle.click()
    toggle.click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    page.reload()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    # 自動に戻してシステムの設定をダークにすると、ダークになる
    page.locator("form[data-md-component=palette] label:visible").click()
    page.emulate_media(color_scheme="dark")
    page.reload()
    expect(body).to_have_attribute("data-md-color-media", "(prefers-color-scheme)")
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    assert not recorder.problems, "\n".join(recorder.problems)


@pytest.mark.parametrize(("name", "path"), SCREENSHOTS, ids=[name for name, _ in SCREENSHOTS])
def test_screenshot(page: Page, recorder, screenshot_dir: Path, name: str, path: str) -> None:
    _goto(page, path)
    assert not _load_images(page)  # 画面の外の loading="lazy" の画像も写す
    page.evaluate("document.fonts.ready.then(() => true)")
    target = screenshot_dir / f"{name}.png"
    page.screenshot(path=target, full_page=True)
    assert target.stat().st_size > 10_000, target
    assert not recorder.problems, "\n".join(recorder.problems)


# --- スマートフォン (390×844) での表示 ------------------------------------------------------------

PHONE = {"width": 390, "height": 844}
MAX_ELEMENTS = 2_000  # 1 ページの要素の数の上限 (Lighthouse の DOM の大きさの目安)
# 見出し・表のセル・ナビゲーション・注記の題は、日本語の文節の境目で改行する
PHRASE_BREAK = "article :is(h1, h2, h3, th, td, dt, .admonition-title), .md-nav__link"


@pytest.fixture
def phone(page: Page) -> Page:
    page.set_viewport_size(PHONE)
    return page


def _console_pages(site: Path) -> list[str]:
    return [path for path, html in pages(site).items() if 'class="language-console' in html.read_text()]


def _scroll_boxes(page: Page) -> list[dict]:
    """本文の中で横にスクロールする箱と、はみ出しているのにスクロールの箱に入っていない要素。"""
    return page.evaluate(
        """() => {
        const width = document.documentElement.clientWidth
        const scrolls = el => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX)
        const name = el => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string'
            ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
        const found = []
        for (const el of document.querySelectorAll('article *')) {
            const box = el.getBoundingClientRect()
            if (box.width === 0) continue
            if (scrolls(el) && el.scrollWidth > el.clientWidth + 1) {
                const style = getComputedStyle(el)
                found.push({kind: 'scroll', name: name(el), cue: style.backgroundAttachment.includes('local')
                    && (style.backgroundImage.match(/gradient/g) || []).length >= 4})
            }
            if (box.right > width + 1 || box.left < -1) {
                let parent = el.parentElement
                while (parent && parent.tagName !== 'ARTICLE' && !scrolls(parent)) parent = parent.parentElement
                if (!parent || parent.tagName === 'ARTICLE')
                    found.push({kind: 'wide', name: name(el), width: box.width})
            }
        }
        return found
    }"""
    )


def test_phone_nothing_wider_than_screen(phone: Page, recorder, page_path: str) -> None:
    """390px の画面で、本文の要素は画面に収まるか、横にスクロールする箱の中にあり、その箱には右端の影がある。

    スクロールする箱: コード、出力、表、別の行の数式、図。タブの名前の列 (.tabbed-labels) は Material が
    左右の送りボタンを出すので影は要らない。
    """
    _goto(phone, page_path)
    boxes = _scroll_boxes(phone)
    wide = [f"  はみ出し: {b['name']} ({b['width']:.0f}px)" for b in boxes if b["kind"] == "wide"]
    no_cue = [
        f"  影が無い: {b['name']}"
        for b in boxes
        if b["kind"] == "scroll" and not b["cue"] and "tabbed-labels" not in b["name"]
    ]
    assert not wide + no_cue, f"/{page_path} (390px):\n" + "\n".join(dict.fromkeys(wide + no_cue))
    assert not recorder.problems, "\n".join(recorder.problems)


def test_phone_figures_fit(phone: Page, page_path: str) -> None:
    """図は 390px の画面でも横にスクロールせずに見える (パネルを縦に積んだ phone の形がある)。"""
    _goto(phone, page_path)
    assert not _load_images(phone)
    scrolled = phone.evaluate(
        """() => [...document.querySelectorAll('article img.figure, article img.notebook-figure')]
            .filter(img => img.closest('.figure-scroll') || img.getBoundingClientRect().right
                > document.documentElement.clientWidth)
            .map(img => img.currentSrc.split('/').pop())"""
    )
    assert not scrolled, f"/{page_path}: 390px の画面に収まらない図 (phone の形がない): {scrolled}"


def test_phone_phrase_breaks(phone: Page, page_path: str) -> None:
    """見出し・表のセル・ナビゲーション・注記の題は word-break: auto-phrase (日本語を文節の境目で改行する)。"""
    _goto(phone, page_path)
    assert phone.evaluate("document.documentElement.lang") == "ja"
    other = phone.evaluate(
        """selector => [...document.querySelectorAll(selector)]
            .filter(el => getComputedStyle(el).wordBreak !== 'auto-phrase')
            .map(el => el.tagName.toLowerCase() + ': ' + el.textContent.trim().slice(0, 30))""",
        PHRASE_BREAK,
    )
    assert not other, f"/{page_path}: auto-phrase でない要素:\n  " + "\n  ".join(other[:10])


def test_page_element_count(page: Page, page_path: str) -> None:
    _goto(page, page_path)
    count = page.evaluate("document.getElementsByTagName('*').length")
    assert count <= MAX_ELEMENTS, f"/{page_path}: 要素が {count} 個 (上限 {MAX_ELEMENTS})"


def test_home_first_phone_screen_links_to_start(phone: Page, recorder) -> None:
    """ホームの最初の画面 (390×844) に、はじめに へのリンクが見えている。"""
    _goto(phone, "")
    link = phone.locator("article a[href$='/start/']").first  # instant navigation は href を絶対 URL にする
    expect(link).to_be_visible()
    box = link.bounding_box()
    assert box is not None and box["y"] + box["height"] <= PHONE["height"], f"はじめに へのリンクの位置: {box}"
    assert not recorder.problems, "\n".join(recorder.problems)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "console_path" in metafunc.fixturenames:
        site = Path(metafunc.config.invocation_params.dir) / metafunc.config.getoption("site")
        paths = _console_pages(site.resolve())
        metafunc.parametrize("console_path", paths, ids=[path or "home" for path in paths])


def test_console_blocks_copy_commands_only(page: Page, recorder, console_path: str) -> None:
    """console のブロック ($ で始まるコマンドと出力) のコピーは、コマンドだけ (プロンプトも出力も含まない)。

    すべてのブロックで、Material がコピーする文字列 (コピーの間だけ data-md-copying を付けた innerText) を
    確かめ、最初のブロックではボタンを押してクリップボードも確かめる。
    """
    _goto(page, console_path)
    blocks = page.locator("article div.language-console")
    assert blocks.count(), f"/{console_path}: console のブロックがありません"
    problems = []
    for i in range(blocks.count()):
        code = blocks.nth(i).locator("pre > code")
        shown = code.evaluate("code => code.textContent").rstrip("\n").split("\n")
        commands = [line[2:] for line in shown if line.startswith("$ ")]
        copied = code.evaluate(
            """code => { code.setAttribute('data-md-copying', ''); const text = code.innerText
                code.removeAttribute('data-md-copying'); return text.trimEnd() }"""
        )
        if i == 0:
            clipboard = _copy(page, blocks.nth(i))
            if clipboard != copied:
                problems.append(f"{i + 1} 番目: ボタンのコピー {clipboard!r} ≠ {copied!r}")
        if not commands or copied.split("\n") != commands:
            problems.append(f"{i + 1} 番目: コピー {copied!r}、コマンド {commands!r}")
    assert not problems, f"/{console_path}:\n  " + "\n  ".join(problems)
    assert not recorder.problems, "\n".join(recorder.problems)
