"""ページに書き出すコードと出力のブロック (pymdownx.superfences のフェンス)。

出力のブロックには `output` のクラスを付ける。出力と、ファイルから載せるコード (スニペットとノートブックのセル)
には data-search-exclude を付けて、検索の索引から外す (Material の検索はこの属性の付いた要素を読まない)。
数字の並びやコードの断片が検索結果に出なくなり、どのページでも読み込む索引が 3 割ほど小さくなる。API の名前は
本文と見出しで引ける。ページに直接書いたブロック (チートシートなど) は索引に残す。
"""

from __future__ import annotations

import re


def fence(attributes: str, body: str) -> str:
    """body を囲むフェンス。body の中のバッククォートの並びより長いフェンスを使う。"""
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{{{attributes}}}\n{body.rstrip(chr(10))}\n{ticks}"


def code_block(text: str, attributes: str) -> str:
    """ファイルから載せる Python のコード。attributes はクラスやタイトルなど"""
    return fence(f'.python {attributes} data-search-exclude=""', text)


def output_block(text: str, title: str = "出力", **data: str) -> str:
    extra = "".join(f' data-{key}="{value}"' for key, value in data.items())
    return fence(f'.text .output title="{title}" data-search-exclude=""{extra}', text)
