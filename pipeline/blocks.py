"""ページに書き出すコードと出力のブロック (pymdownx.superfences のフェンス)。

出力のブロックには `output` のクラスを付ける。出力と、ファイルから載せるコード (スニペットとノートブックのセル)
には data-search-exclude を付けて、検索の索引から外す (Material の検索はこの属性の付いた要素を読まない)。
数字の並びやコードの断片が検索結果に出なくなり、どのページでも読み込む索引が 3 割ほど小さくなる。API の名前は
本文と見出しで引ける。ページに直接書いたブロック (チートシートなど) は索引に残す。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pygments.filter import Filter
from pygments.token import Token, _TokenType


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


class PlainTokens(Filter):
    """Python のコードの色分けから、名前・記号・空白の区別を外す Pygments のフィルタ (mkdocs.yml で使う)。

    Pygments はトークンを一つずつ <span> で囲むので、長いスニペットの並ぶページは要素が 3,000 を超え、スマートフォンで
    重くなる。名前 (Name) はもともと地の文字と同じ色なので、記号と空白とともに地の文字にすると、隣り合う地の文字が一つに
    まとまり、<span> が 3 分の 1 ほどになる。キーワード、組み込み、関数名、文字列、数値、コメントの色はそのまま残る。
    """

    PLAIN = frozenset({Token.Name, Token.Operator, Token.Punctuation, Token.Text.Whitespace})

    def filter(self, lexer: object, stream: Iterator[tuple[_TokenType, str]]) -> Iterator[tuple[_TokenType, str]]:
        for kind, value in stream:
            yield (Token.Text if kind in self.PLAIN else kind), value
