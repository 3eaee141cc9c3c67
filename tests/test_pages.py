"""ページ (docs/) の書き方と、ページとスニペットの対応を確かめる。

本物のページとスニペットに問題が無いこと、わざと壊したページ (tests/fixtures/broken) で問題ごとに
ファイル名と行番号を示して失敗することを確かめる。
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.pages import EXAMPLE, FIGURE, MACRO, NOTEBOOK, ON_GPU, REPO_URL, cjk_breaks, fences
from pipeline.snippet import NOTEBOOKS, ROOT, SNIPPETS, VARIANTS, SnippetError, discover, rel

# ページに書いてよい HTML の要素。ほかの <名前> は、ブラウザが知らない要素として続きの文章を飲み込んでしまう
# (`<lambda>` などは、コードとして `…` で囲むか &lt; と書く)
HTML_TAGS = {"a", "abbr", "b", "br", "code", "details", "div", "em", "i", "img", "kbd", "small", "span", "strong"}
HTML_TAGS |= {"sub", "summary", "sup"}
_TAG = re.compile(r"</?([A-Za-z][\w-]*)[^>]*>")
_CODE_SPAN = re.compile(r"(`+).+?\1")

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
            if REPO_URL.fullmatch(m.group(0)):
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
        for line in cjk_breaks(text):
            problems.append(
                f"{where}:{line}: 段落の途中で改行しています。"
                "日本語の文の中の改行はブラウザで空白になるので、段落は 1 行に書きます"
            )
        if "--8<--" in text:
            problems.append(f"{where}:{_line(text, text.index('--8<--'))}: --8<-- ではなく example() で読み込みます")
    for snippet in discover(snippets):
        try:
            snippet.declarations  # noqa: B018 (宣言の誤りを見つける)
        except SnippetError as e:
            problems.append(str(e))
        if snippet.path.resolve() not in included:
            problems.append(f"{rel(snippet.path, root)}: どのページからも読み込まれていません")
        if not snippet.golden().exists():
            problems.append(f"{rel(snippet.path, root)}: 出力ファイル {rel(snippet.golden(), root)} がありません")
    for out in sorted(snippets.rglob("*.out")):
        suffix = next(s for s in sorted(VARIANTS.values(), key=len, reverse=True) if out.name.endswith(s))
        script = out.with_name(out.name.removesuffix(suffix) + ".py")
        if not script.exists():
            problems.append(f"{rel(out, root)}: 対応するスニペット {rel(script, root)} がありません")
    for source in sorted(notebooks.glob("*.py")):
        if source.resolve() not in has_page:
            problems.append(f"{rel(source, root)}: どのページも notebook() で載せていません")
    for source in sorted(figures.glob("*.py")):
        if source.resolve() not in drawn:
            problems.append(f"{rel(source, root)}: どのページも figure() で載せていません")
    return problems


DOCS = ROOT / "docs"
BROKEN = Path(__file__).parent / "fixtures" / "broken"


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
        "tests/fixtures/broken/snippets/unknown_check.py:1: output-check の値 `sometimes` は使えません",
        "snippets/no_golden.py: 出力ファイル snippets/no_golden.out がありません",
        "snippets/gone.out: 対応するスニペット snippets/gone.py がありません",
        "notebooks/no_page.py: どのページも notebook() で載せていません",
        "docs/page.md:26: HTML の要素 <lambda> は書けません",
    ],
)
def test_broken_page_names_the_file(broken: list[str], expected: str):
    assert any(problem.startswith(expected) for problem in broken), "\n".join(broken)


def test_broken_fixture_has_no_other_problems(broken: list[str]):
    assert len(broken) == 10, "\n".join(broken)
