"""ページに書き出すコードと出力のブロック (pymdownx.superfences のフェンス)。

出力のブロックには `output` のクラスを付ける。出力とスニペットのコードには data-search-exclude を付けて、
検索の索引から外す (Material の検索はこの属性の付いた要素を読まない)。数字の並びやコードの断片が検索結果に
出なくなり、どのページでも読み込む索引が 3 割ほど小さくなる。API の名前は本文と見出しで引ける。
"""

from __future__ import annotations

import re


def fence(attributes: str, body: str) -> str:
    """body を囲むフェンス。body の中のバッククォートの並びより長いフェンスを使う。"""
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{{{attributes}}}\n{body.rstrip(chr(10))}\n{ticks}"


def output_block(text: str, title: str = "出力", **data: str) -> str:
    extra = "".join(f' data-{key}="{value}"' for key, value in data.items())
    return fence(f'.text .output title="{title}" data-search-exclude=""{extra}', text)
