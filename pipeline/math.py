"""数式を、ビルドの時点で MathML にする Markdown の拡張 (mkdocs.yml の markdown_extensions: pipeline.math)。

ページには LaTeX で `$\\theta \\leftarrow \\theta - \\eta g$` (文中) や `$$...$$` (独立した行) と書きます。
変換は latex2mathml が行い、ブラウザのスクリプトも外部のサーバーも使いません (MathML はブラウザが表示する)。
コードの中 (`…` や ``` のブロック) の $ は数式として扱いません。
"""

from __future__ import annotations

from latex2mathml.converter import convert
from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor

# $$...$$ (別行立て) と $...$ (文中)。$ のすぐ内側に空白を置かない (「$5 と $10」のような文を数式にしない)
MATH = r"(?<![\\$])(\$\$?)(?!\s)(.+?)(?<!\s)\1(?!\d)"


class MathProcessor(InlineProcessor):
    def handleMatch(self, m, data):
        display = "block" if m.group(1) == "$$" else "inline"
        mathml = convert(m.group(2), display=display)
        return self.md.htmlStash.store(mathml), m.start(0), m.end(0)


class MathExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # コードの `…` (優先度 190) のあと、強調の * や _ (60 前後) より先に処理する
        md.inlinePatterns.register(MathProcessor(MATH, md), "pipeline-math", 185)


def makeExtension(**kwargs) -> MathExtension:
    return MathExtension(**kwargs)
