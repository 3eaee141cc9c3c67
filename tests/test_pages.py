"""ページ (docs/) の書き方と、ページとスニペットの対応を確かめる。

本物のページとスニペットに問題が無いこと、わざと壊したページ (tests/fixtures/broken) で問題ごとに
ファイル名と行番号を示して失敗することを確かめる。
"""

from __future__ import annotations

import html
import io
import itertools
import re
import tokenize
import unicodedata
from pathlib import Path

import markdown
import pytest
import yaml

from pipeline import records as records_module
from pipeline.macros import output_groups, tab_label
from pipeline.output import digest
from pipeline.pages import EXAMPLE, FIGURE, GENERATED, MACRO, NOTEBOOK, ON_GPU, RELEASE, REPO_URL, cjk_breaks, fences
from pipeline.run import compared, golden_for
from pipeline.snippet import (
    KIND,
    NOTEBOOKS,
    ROOT,
    SNIPPETS,
    Snippet,
    declaration_problems,
    discover,
    output_file,
    rel,
)

# ページに書いてよい HTML の要素。ほかの <名前> は、ブラウザが知らない要素として続きの文章を飲み込んでしまう
# (`<lambda>` などは、コードとして `…` で囲むか &lt; と書く)
HTML_TAGS = {"a", "abbr", "b", "br", "code", "details", "div", "em", "i", "img", "kbd", "small", "span", "strong"}
HTML_TAGS |= {"sub", "summary", "sup"}
_TAG = re.compile(r"</?([A-Za-z][\w-]*)[^>]*>")
_CODE_SPAN = re.compile(r"(`+).+?\1")
# 出力の見出し (example() の output=) に手で書いてはいけない、実行した環境の名前。環境は記録から表示する
_ENVIRONMENT_WORDS = re.compile(
    r"CPU 版|CUDA 版|GPU なし|GPU あり|GPU の?ない|torch \d|\d+\.\d+\.\d+|\d+ ?コア|Linux|macOS|Windows|"
    r"Python \d|[CG]PU で実行|マシン"
)
_CAPTION = re.compile(r'output\s*=\s*"(?P<caption>[^"]*)"')
# 本文から出力のタブを指す言い方 (「出力の 2.15.0 のタブ」「CUDA 版のタブ」)
_TAB_REFERENCE = re.compile(r"(?:\(|出力の )(?P<name>\d+\.\d+\.\d+|CPU 版|CUDA 版|GPU) のタブ")

# 見出し (末尾の { #id } を除いた中身)。ノートブックの .py では Markdown のセルの行 (`# ## 見出し`)
_HEADING = re.compile(r"^#{1,6} (?P<text>.+?)(?:\s*\{[^}]*\})?\s*$")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")

# Python として読めるブロックの info string。ページに直接書けるのは pytest-codeblocks が実行する ```python だけ
PYTHON_INFO = {"python", "py", "python3", "py3", "pycon", "{.python", "{.py"}


def _without_fences(text: str) -> str:
    """フェンスの中身を空行にした text (行番号はそのまま)。"""
    lines = text.split("\n")
    for fence in fences(text):
        for n in range(fence.line, fence.line + fence.body.count("\n") + 1):
            lines[n] = ""
    return "\n".join(lines)


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def eaten_underscores(where: str, text: str, prefix: str = "") -> list[str]:
    """見出しの `_` が Markdown の強調の印として消えていないか (`__init__` が太字の init になる)。

    prefix はノートブックの .py の Markdown のセルの行の頭 (`# `)。
    """
    problems = []
    for n, line in enumerate(_without_fences(text).split("\n"), 1):
        if not line.startswith(prefix) or (m := _HEADING.match(line.removeprefix(prefix))) is None:
            continue
        shown = html.unescape(re.sub(r"<[^>]+>", "", markdown.markdown(m["text"])))
        if shown.count("_") != _LINK_TARGET.sub("]", m["text"]).count("_"):
            problems.append(
                f"{where}:{n}: 見出しが「{shown}」と表示され、`_` が消えます。コードの名前は `…` で囲みます"
            )
    return problems


def check_records(snippets: Path, root: Path = ROOT) -> list[str]:
    """出力ファイルと、それを作った実行の記録 (snippets/records/) が合っているか。

    - <名前>.out 以外の出力ファイルには、その種類の記録がある (タブの名前と説明は記録から作るため)
    - 記録のあとで変わっていないスニペットでは、記録の出力のハッシュが、ページに載る出力ファイルと同じ
    """
    problems = []
    folder = snippets / "records"
    loaded = {kind: records_module.load(folder / f"{kind}.json") for kind in KIND}
    by_path = {rel(s.path, root): s for s in discover(snippets)}
    for out in sorted(snippets.rglob("*.out")):
        _, kind = output_file(out)
        if not kind.default and loaded[kind.key] is None:
            problems.append(
                f"{rel(out, root)}: この出力を作った実行の記録 {rel(folder / f'{kind.key}.json', root)} がありません "
                "(出力ファイルは記録と一緒にコミットします)"
            )
    for kind, record in loaded.items():
        if record is None:
            continue
        for path, entry in record["snippets"].items():
            snippet = by_path.get(path)
            if snippet is None or snippet.hash != entry["hash"] or not compared(snippet, KIND[kind]):
                continue
            golden = golden_for(snippet, KIND[kind])
            if golden.exists() and entry["output"] != digest(golden.read_text(encoding="utf-8")):
                problems.append(
                    f"{rel(folder / f'{kind}.json', root)}: {path} の出力のハッシュが {rel(golden, root)} と違います "
                    "(出力ファイルを手で書き換えたか、記録と出力を別々に更新しました)"
                )
    return problems


def tab_references(page: Path, text: str, snippets: Path, root: Path = ROOT) -> list[str]:
    """本文が指す出力のタブ (版やビルドの名前) が、直前の example() の出力に記録から作るタブとしてあるか。"""
    recorded = {k: r for k in KIND if (r := records_module.load(snippets / "records" / f"{k}.json"))}
    problems = []
    for m in _TAB_REFERENCE.finditer(text):
        where = f"{rel(page, root)}:{_line(text, m.start())}"
        before = list(EXAMPLE.finditer(text, 0, m.start()))
        if not before:
            problems.append(f"{where}: 「{m.group(0)}」が指す出力 (この前の example()) がありません")
            continue
        snippet = Snippet.find(before[-1]["name"], snippets)
        groups = output_groups(snippet, recorded)
        labels = [tab_label(group) for _, group in groups] if len(groups) > 1 else []
        if not any(m["name"] in label for label in labels):
            problems.append(
                f"{where}: 「{m.group(0)}」は {snippet.rel} の出力にありません "
                f"(記録から作るタブ: {' / '.join(labels) or 'なし'})"
            )
    return problems


def check_pages(docs: Path, snippets: Path, notebooks: Path, root: Path = ROOT) -> list[str]:
    """ページの書き方とスニペットの対応を検査し、問題ごとにファイル名と行番号を含むメッセージを返す。"""
    problems: list[str] = []
    included: set[Path] = set()
    has_page: set[Path] = set()
    figures = docs / "figures"
    drawn: set[Path] = set()
    for page in sorted(docs.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        where = rel(page, root)
        for m in MACRO.finditer(text):
            if REPO_URL.fullmatch(m.group(0)) or RELEASE.fullmatch(m.group(0)) or GENERATED.fullmatch(m.group(0)):
                continue
            if ON_GPU.fullmatch(m.group(0)):
                path = snippets / f"{ON_GPU.fullmatch(m.group(0))['name']}.py"
                if not path.is_file():
                    problems.append(f"{where}:{_line(text, m.start())}: on_gpu() の {rel(path, root)} がありません")
                continue
            call = EXAMPLE.fullmatch(m.group(0)) or NOTEBOOK.fullmatch(m.group(0)) or FIGURE.fullmatch(m.group(0))
            if call is None:
                problems.append(
                    f"{where}:{_line(text, m.start())}: {m.group(0)!r} は読めません "
                    '(`{{ example("<章>/<名前>") }}` か `{{ notebook("<名前>") }}`)'
                )
                continue
            folder, found = {EXAMPLE: (snippets, included), NOTEBOOK: (notebooks, has_page)}.get(
                call.re, (figures, drawn)
            )
            path = folder / f"{call['name']}.py"
            found.add(path.resolve())
            caption = _CAPTION.search(m.group(0))
            if call.re is EXAMPLE and caption and _ENVIRONMENT_WORDS.search(caption["caption"]):
                problems.append(
                    f"{where}:{_line(text, m.start())}: "
                    f"出力の見出し {caption['caption']!r} が実行した環境を書いています。"
                    "環境 (torch の版、ビルド、デバイス) は記録から表示するので、見出しには中身だけを書きます"
                )
            if not path.is_file():
                problems.append(f"{where}:{_line(text, m.start())}: {rel(path, root)} がありません")
        for fence in fences(text):
            first = fence.info.split()[0].lower() if fence.info else ""
            if first in PYTHON_INFO and fence.info != "python":
                problems.append(
                    f"{where}:{fence.line}: ```{fence.info} のブロックはテストされません。例は snippets/ に置いて "
                    "example() で読み込むか、pytest-codeblocks が実行する ```python にします"
                )
        prose = _CODE_SPAN.sub("", _without_fences(text))
        for m in _TAG.finditer(prose):
            if m.group(1).lower() not in HTML_TAGS:
                line = prose.count("\n", 0, m.start()) + 1
                problems.append(f"{where}:{line}: HTML の要素 <{m.group(1)}> は書けません (コードなら `…` で囲む)")
        problems += tab_references(page, text, snippets, root)
        problems += eaten_underscores(where, text)
        for line in cjk_breaks(text):
            problems.append(
                f"{where}:{line}: 段落の途中で改行しています。"
                "日本語の文の中の改行はブラウザで空白になるので、段落は 1 行に書きます"
            )
        if "--8<--" in text:
            problems.append(f"{where}:{_line(text, text.index('--8<--'))}: --8<-- ではなく example() で読み込みます")
    for folder in sorted({p.parent for p in snippets.rglob("*.py")}):
        problems += declaration_problems(folder)
    for snippet in discover(snippets):
        if snippet.path.read_text(encoding="utf-8").lstrip().startswith(("# output-check:", "# expect-warning:")):
            problems.append(f"{rel(snippet.path, root)}: 宣言はページに載らない declarations.toml に書きます")
        if snippet.path.resolve() not in included:
            problems.append(f"{rel(snippet.path, root)}: どのページからも読み込まれていません")
        if not snippet.golden().exists():
            problems.append(f"{rel(snippet.path, root)}: 出力ファイル {rel(snippet.golden(), root)} がありません")
    for out in sorted(snippets.rglob("*.out")):
        script, _ = output_file(out)
        if not script.exists():
            problems.append(f"{rel(out, root)}: 対応するスニペット {rel(script, root)} がありません")
    for source in sorted(notebooks.glob("*.py")):
        problems += eaten_underscores(rel(source, root), source.read_text(encoding="utf-8"), prefix="# ")
        if source.resolve() not in has_page:
            problems.append(f"{rel(source, root)}: どのページも notebook() で載せていません")
    for source in sorted(figures.glob("*.py")):
        if source.resolve() not in drawn:
            problems.append(f"{rel(source, root)}: どのページも figure() で載せていません")
    return problems + check_records(snippets, root)


def hand_typed_facts(docs: Path, recorded: dict[str, dict], root: Path = ROOT) -> list[str]:
    """記録した torch の wheel の情報 (CUDA と cuDNN の版、Python の下限) を、ページに手で書いた箇所。

    これらは記録 (実行した wheel のメタデータと torch の値) から `{{ releases.<種類>.<項目> }}` で引く。
    """
    values: dict[str, tuple[str, str]] = {}
    for kind, record in recorded.items():
        facts = records_module.facts(record)
        name = kind.replace("-", "_")
        for key in ("cuda", "cudnn", "cudnn_number", "requires_python"):
            if facts[key]:
                values.setdefault(str(facts[key]), (name, key))
        if facts["python_min"]:
            values.setdefault(f"Python {facts['python_min']} 以上", (name, "python_min"))
        if facts["tag"].startswith("+cu"):
            values.setdefault(facts["tag"], (name, "tag"))
    problems = []
    for page in sorted(docs.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        prose = MACRO.sub(lambda m: " " * len(m.group(0)), text)
        for value, (kind, key) in sorted(values.items()):
            for m in re.finditer(rf"(?<![\w.]){re.escape(value)}(?![\w.])", prose):
                expression = f"releases.{kind}.{key}"
                problems.append(
                    f"{rel(page, root)}:{_line(text, m.start())}: `{value}` は記録 ({kind}) の値です。"
                    f"手で書かずに {{{{ {expression} }}}} で書きます"
                )
    return problems


def test_install_facts_come_from_the_records():
    """CUDA と cuDNN の版、Python の下限は、記録した wheel の値をページに引く (手で書いた値は古くなる)。"""
    problems = hand_typed_facts(DOCS, records_module.committed())
    assert not problems, "\n".join(problems)


# --- 読み進め方: ナビゲーションの見出し、はじめにの「読む順番」、各ページの最後の「次に読む」 ---

NEXT_HEADING = "## 次に読む { #next }"
_NEXT_ITEM = re.compile(r"^- \[(?P<text>[^\]]+)\]\((?P<target>[^)\s]+)\): \S")
_READING_ORDER_ITEM = re.compile(r"^\d+\. \[(?P<text>[^\]]+)\]\((?P<target>[^)\s]+)\)")


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml を読む。nav には要らない !ENV や !!python/… の値は None にする。"""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def nav_pages(config: Path) -> list[tuple[str | None, str]]:
    """nav のページを並びの順に (見出し, docs/ からのパス)。

    見出しを書かないページは None (MkDocs はページの題を出す)。索引のページ (index.md) で始まる章の見出しは、
    その索引のページの見出しになる (navigation.indexes)。索引のない章の見出しは、いくつかのページをまとめる名前なので
    どのページの見出しでもない。
    """
    pages: list[tuple[str | None, str]] = []

    def walk(items: list, section: str | None = None) -> None:
        for i, item in enumerate(items):
            label, value = next(iter(item.items())) if isinstance(item, dict) else (None, item)
            if isinstance(value, list):
                walk(value, label)
            else:
                is_index = i == 0 and section is not None and Path(value).name == "index.md"
                pages.append((section if is_index else label, value))

    walk(yaml.load(config.read_text(encoding="utf-8"), _ConfigLoader)["nav"])
    return pages


def page_title(page: Path, notebooks: Path) -> str:
    """ページの題 (最初の H1)。ノートブックのページでは、元の .py の最初の Markdown のセルの H1。"""
    text, prefix = page.read_text(encoding="utf-8"), ""
    if call := NOTEBOOK.search(text):
        text, prefix = (notebooks / f"{call['name']}.py").read_text(encoding="utf-8"), "# "
    m = re.search(rf"^{prefix}# (?P<text>.+?)(?:\s*\{{[^}}]*\}})?\s*$", text, re.MULTILINE)
    return m["text"].replace("`", "") if m else ""


def reading_path_problems(config: Path, docs: Path, notebooks: Path, root: Path = ROOT) -> list[str]:
    """サイトの道すじの決まり。

    - nav の見出しは、指すページの題 (H1) と同じ (見出しを書かなければ MkDocs が題を出す)
    - はじめに (start.md) の「読む順番」の番号付きリストのページは、nav と同じ順に並ぶ
    - どのページも「## 次に読む { #next }」の節で終わり、その節は「- [題](リンク): 理由」の 2〜4 項目だけ。
      リンク先はサイトのページ (docs/ の .md)。アンカーのないリンクの文字は、リンク先のページの題と同じ。
      例外のページはない (生成した一覧で終わる versions.md も、一覧のあとに置く)
    """
    problems = []
    order = [(docs / path).resolve() for _, path in nav_pages(config)]
    for label, path in nav_pages(config):
        title = page_title(docs / path, notebooks)
        if label is not None and label != title:
            problems.append(
                f"{rel(docs / path, root)}: ナビゲーションの見出し「{label}」がページの題「{title}」と違います "
                "(mkdocs.yml の nav で見出しを書かずにページを並べると、題が出ます)"
            )

    start = docs / "start.md"
    lines = start.read_text(encoding="utf-8").split("\n")
    begin = lines.index("## 読む順番 { #reading-order }")
    listed = []
    for n in range(begin + 1, len(lines)):
        if lines[n].startswith("## "):
            break
        if m := _READING_ORDER_ITEM.match(lines[n]):
            listed.append((n + 1, m["text"], (start.parent / m["target"].split("#")[0]).resolve()))
    for n, text, page in listed:
        if page not in order:
            problems.append(f"{rel(start, root)}:{n}: 読む順番の「{text}」が nav にありません")
    for (_, before, first), (n, text, page) in itertools.pairwise(listed):
        if first in order and page in order and order.index(page) < order.index(first):
            problems.append(
                f"{rel(start, root)}:{n}: 読む順番では「{text}」が「{before}」の後ですが、nav では前にあります"
            )

    for page in sorted(docs.rglob("*.md")):
        lines = _without_fences(page.read_text(encoding="utf-8")).split("\n")
        where = rel(page, root)
        headings = [n for n, line in enumerate(lines) if line.startswith("## ")]
        if not headings or lines[headings[-1]] != NEXT_HEADING:
            problems.append(
                f"{where}: 最後の節が「{NEXT_HEADING}」ではありません (どのページも次に読むページへのリンクで終えます)"
            )
            continue
        items = [(n + 1, line) for n, line in enumerate(lines) if n > headings[-1] and line.strip()]
        if not 2 <= len(items) <= 4:
            problems.append(f"{where}:{headings[-1] + 1}: 「次に読む」のリンクは 2〜4 個にします ({len(items)} 個)")
        for n, line in items:
            if (m := _NEXT_ITEM.match(line)) is None:
                problems.append(f"{where}:{n}: 「次に読む」の項目は「- [題](リンク): 理由」の形にします")
                continue
            path, _, anchor = m["target"].partition("#")
            target = (page.parent / path).resolve() if path else page.resolve()
            if "://" in m["target"] or not target.is_relative_to(docs.resolve()) or target.suffix != ".md":
                problems.append(f"{where}:{n}: 「次に読む」のリンク {m['target']} はサイトのページではありません")
            elif not target.is_file():
                problems.append(f"{where}:{n}: 「次に読む」のリンク先 {m['target']} がありません")
            elif not anchor and m["text"] != (title := page_title(target, notebooks)):
                problems.append(f"{where}:{n}: リンクの文字「{m['text']}」がリンク先の題「{title}」と違います")
    return problems


DOCS = ROOT / "docs"
BROKEN = Path(__file__).parent / "fixtures" / "broken"
NAVIGATION = Path(__file__).parent / "fixtures" / "navigation"


def test_reading_path():
    """nav の見出しはページの題、はじめにの読む順番は nav の順、どのページも「次に読む」で終わる。"""
    problems = reading_path_problems(ROOT / "mkdocs.yml", DOCS, NOTEBOOKS)
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="module")
def wandering() -> list[str]:
    return reading_path_problems(NAVIGATION / "mkdocs.yml", NAVIGATION / "docs", NAVIGATION / "docs", NAVIGATION)


@pytest.mark.parametrize(
    "expected",
    [
        "docs/a.md: ナビゲーションの見出し「別の名前」がページの題「ページ A」と違います",
        "docs/chapter/index.md: ナビゲーションの見出し「章」がページの題「章の索引」と違います",
        "docs/start.md:6: 読む順番では「ページ A」が「ページ B」の後ですが、nav では前にあります",
        "docs/chapter/b.md: 最後の節が「## 次に読む { #next }」ではありません",
        "docs/a.md:3: 「次に読む」のリンクは 2〜4 個にします (1 個)",
        "docs/a.md:5: リンクの文字「B のページ」がリンク先の題「ページ B」と違います",
        "docs/start.md:11: 「次に読む」のリンク https://example.com/ はサイトのページではありません",
        "docs/chapter/index.md:6: 「次に読む」のリンク ../../mkdocs.yml はサイトのページではありません",
    ],
)
def test_wandering_site_names_the_file(wandering: list[str], expected: str):
    assert any(problem.startswith(expected) for problem in wandering), "\n".join(wandering)


def test_wandering_site_has_no_other_problems(wandering: list[str]):
    assert len(wandering) == 8, "\n".join(wandering)


def test_pages_and_snippets_match():
    problems = check_pages(DOCS, SNIPPETS, NOTEBOOKS)
    assert not problems, "\n".join(problems)


def test_page_examples_are_run_with_their_output():
    """ページに直接書いた ```python (チートシートなど) は pytest-codeblocks が実行し、出力も比べる。

    1 つも集められなければ、このツールは何もしていないことになるので失敗にする。
    """
    from pytest_codeblocks import extract_from_file

    blocks = {page: [b for b in extract_from_file(page) if b.syntax == "python"] for page in DOCS.rglob("*.md")}
    assert sum(map(len, blocks.values())) > 0, "pytest-codeblocks が docs/ から ```python のブロックを 1 つも集めません"
    unchecked = [
        f"{rel(page)}:{b.lineno}" for page, found in blocks.items() for b in found if b.expected_output is None
    ]
    assert not unchecked, "出力 (<!--pytest-codeblocks:expected-output-->) の無いブロック:\n" + "\n".join(unchecked)


@pytest.fixture(scope="module")
def broken() -> list[str]:
    return check_pages(BROKEN / "docs", BROKEN / "snippets", BROKEN / "notebooks", BROKEN)


@pytest.mark.parametrize(
    "expected",
    [
        "snippets/orphan.py: どのページからも読み込まれていません",
        "docs/page.md:9: snippets/missing.py がありません",
        "docs/page.md:11: ```py のブロックはテストされません",
        "docs/page.md:15: 段落の途中で改行しています",
        'docs/page.md:18: \'{{ example("stale", title="x") }}\' は読めません',
        "tests/fixtures/broken/snippets/declarations.toml: [unknown_check] output-check の値 `sometimes` は使えません",
        "tests/fixtures/broken/snippets/declarations.toml: [ghost] スニペット "
        "tests/fixtures/broken/snippets/ghost.py がありません",
        "snippets/stale.gpu.out: この出力を作った実行の記録 snippets/records/gpu.json がありません",
        "docs/page.md:30: 出力の見出し '出力 (CPU 版 torch 2.13.0)' が実行した環境を書いています",
        "docs/page.md:32: 「出力の 2.15.0 のタブ」は tests/fixtures/broken/snippets/raises.py の出力にありません",
        "snippets/no_golden.py: 出力ファイル snippets/no_golden.out がありません",
        "snippets/gone.out: 対応するスニペット snippets/gone.py がありません",
        "notebooks/no_page.py: どのページも notebook() で載せていません",
        "docs/page.md:26: HTML の要素 <lambda> は書けません",
        "docs/page.md:34: 見出しが「super().init() を忘れると」と表示され、`_` が消えます",
    ],
)
def test_broken_page_names_the_file(broken: list[str], expected: str):
    assert any(problem.startswith(expected) for problem in broken), "\n".join(broken)


def test_broken_fixture_has_no_other_problems(broken: list[str]):
    assert len(broken) == 15, "\n".join(broken)


# スマートフォン (幅 390 px) のコードのブロックに横のスクロールなしで収まるのは 49 桁 (全角の文字は 2 桁)。
# コメントのある行はその少し手前までにする。コメントのないコードの行は横にスクロールしてよい
PHONE_COLUMNS = 49
COMMENT_COLUMNS = 47


def _columns(line: str) -> int:
    """表示の桁数 (全角の文字は 2 桁)。"""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _comment_lines(code: str) -> set[int]:
    """コメントのある行の番号 (1 から)。"""
    return {t.start[0] for t in tokenize.generate_tokens(io.StringIO(code).readline) if t.type == tokenize.COMMENT}


def test_comment_lines_fit_a_phone():
    """スニペットとノートブックのコードのセルで、コメントのある行は COMMENT_COLUMNS 桁に収まる。"""
    from pipeline.snippet import notebooks

    problems = []
    for snippet in discover() + notebooks():
        lines, markdown = snippet.source.split("\n"), False
        for n, line in enumerate(lines):
            if line.startswith("# %%"):
                markdown, lines[n] = "[markdown]" in line, ""
            elif markdown:
                lines[n] = ""
        for n in sorted(_comment_lines("\n".join(lines))):
            width = _columns(lines[n - 1].rstrip())
            if width > COMMENT_COLUMNS:
                problems.append(f"{snippet.rel}:{n}: comment line is {width} columns (limit {COMMENT_COLUMNS})")
    assert not problems, "\n".join(problems)


def test_page_examples_fit_a_phone():
    """ページに直接書いた ```python (チートシート) は、スマートフォンで横にスクロールせずに読める。

    話題ごとに 1 つのブロックにまとめて載せるので、コードと出力のどの行も PHONE_COLUMNS 桁、
    コメントのある行は COMMENT_COLUMNS 桁に収める。
    """
    from pytest_codeblocks import extract_from_file

    problems = []
    for page in sorted(DOCS.rglob("*.md")):
        for block in (b for b in extract_from_file(page) if b.syntax == "python"):
            commented = _comment_lines(block.code)
            for n, line in enumerate(block.code.splitlines(), 1):
                limit = COMMENT_COLUMNS if n in commented else PHONE_COLUMNS
                if _columns(line) > limit:
                    problems.append(f"{rel(page)}:{block.lineno + n}: {_columns(line)} columns (limit {limit})")
            for line in (block.expected_output or "").splitlines():
                if _columns(line) > PHONE_COLUMNS:
                    problems.append(f"{rel(page)}:{block.lineno}: output line is {_columns(line)} columns: {line}")
    assert not problems, "\n".join(problems)
