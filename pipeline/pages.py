"""ページ (docs/**/*.md) の書き方の決まりを読む部品。tests/test_pages.py が使う。

- 例の読み込みは `{{ example("<章>/<名前>") }}` の 1 行 (pipeline/macros.py)。
  ノートブックは `{{ notebook("<名前>") }}`、図は `{{ figure("<名前>", "説明") }}`。
- ページに直接書く ```python のブロックは pytest-codeblocks が実行する (info string がちょうど `python`)。
- 段落は 1 行に書く。日本語の文の途中で改行すると、ブラウザはそこを空白として表示するため
  (「、」のあとに空白が入る、など)。
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

EXAMPLE = re.compile(
    r'\{\{\s*example\(\s*"(?P<name>[^"]+)"\s*(?:,\s*output\s*=\s*"[^"]*"\s*)?\)\s*(?:\|\s*indent\(\d+\)\s*)?\}\}'
)
# GPU での動きを述べた文の印 (そのスニペットの GPU での出力が見せる)
ON_GPU = re.compile(r'\{\{\s*on_gpu\(\s*"(?P<name>[^"]+)"\s*\)\s*\}\}')
NOTEBOOK = re.compile(r'\{\{\s*notebook\(\s*"(?P<name>[^"]+)"\s*\)\s*\}\}')
FIGURE = re.compile(r'\{\{\s*figure\(\s*"(?P<name>[^"]+)"\s*,\s*"[^"]+"\s*\)\s*\}\}')
# 記録した torch の wheel の情報 (pipeline/macros.py の releases) と、記録から作る表と一覧
RELEASE = re.compile(r"\{\{\s*releases\.(?:cpu|cuda_build|newest|gpu)\.[a-z_]+\s*\}\}")
GENERATED = re.compile(r"\{\{\s*(?:records_table|version_differences)\(\)\s*\}\}")
# リポジトリの URL (mkdocs.yml の repo_url) を書く変数
REPO_URL = re.compile(r"\{\{\s*config\.repo_url(?:\.split\(\"/\"\)\[-1\])?\s*\}\}")
# マクロの呼び出しらしいもの (上の 2 つの形に合わないものを見つけるため)
MACRO = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)

_FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`\n]*)$")
_CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uff00-\uffef"
_CJK_CHAR = re.compile(f"[{_CJK}]")
# 新しいブロックを始める行 (段落の続きではない)
_BLOCK_START = re.compile(
    r"^\s*(?:[-*+]\s|\d+[.)]\s|#|\||>|!!!|\?\?\?|===|:\s|\[\^|<|\{\{|\{%|`{3,}|~{3,}|(?:[-*_]\s*){3,}$)"
)
_LIST_ITEM = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])\s+")


@dataclass
class Fence:
    line: int  # 開きのフェンスの行番号 (1 から)
    indent: str
    info: str
    body: str


def fences(text: str) -> Iterator[Fence]:
    """フェンスで囲んだコードブロック。"""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = _FENCE_OPEN.match(lines[i])
        if not m:
            i += 1
            continue
        close = re.compile(rf"^{re.escape(m['indent'])}{m['fence'][0]}{{{len(m['fence'])},}}\s*$")
        end = next((j for j in range(i + 1, len(lines)) if close.match(lines[j])), len(lines))
        yield Fence(i + 1, m["indent"], m["info"].strip(), "\n".join(lines[i + 1 : end]))
        i = end + 1


def _outside_fences(text: str) -> list[bool]:
    inside = [False] * (text.count("\n") + 1)
    for fence in fences(text):
        for n in range(fence.line - 1, fence.line + fence.body.count("\n") + 2):
            if n < len(inside):
                inside[n] = True
    return [not x for x in inside]


def continuations(text: str) -> Iterator[int]:
    """段落の途中の改行 (次の行が同じ段落の続き) の、改行の前の行番号 (0 から)。"""
    lines = text.split("\n")
    outside = _outside_fences(text)
    content_indent = None  # いまの段落の本文の字下げ
    for i in range(len(lines) - 1):
        line, following = lines[i], lines[i + 1]
        if not (outside[i] and outside[i + 1]) or not line.strip() or not following.strip():
            content_indent = None
            continue
        if content_indent is None or _BLOCK_START.match(line):
            item = _LIST_ITEM.match(line)
            content_indent = len(item.group(0)) if item else len(line) - len(line.lstrip())
            if _BLOCK_START.match(line) and not item:
                content_indent = None  # 見出し、表、admonition の見出し行などは段落にならない
                continue
        if line.endswith("  ") or line.endswith("\\") or _BLOCK_START.match(following):
            continue
        if len(following) - len(following.lstrip()) == content_indent:
            yield i


def cjk_breaks(text: str) -> list[int]:
    """日本語の文字に接する、段落の途中の改行の行番号 (1 から)。"""
    lines = text.split("\n")
    found = []
    for i in continuations(text):
        before, after = lines[i].rstrip()[-1:], lines[i + 1].lstrip()[:1]
        if _CJK_CHAR.match(before) or _CJK_CHAR.match(after):
            found.append(i + 1)
    return found
