"""ページの HTML の後処理 (mkdocs.yml の hooks)。

- 日本語の段落の途中の改行を取り除く。ブラウザは文字と文字の間の改行を空白として表示するため。
  コードブロック (<pre>) の中は変えない。

ノートブックのページ (mkdocs-jupyter) では、さらに:
- nbconvert が埋め込む約 600 KB の CSS とスクリプト (CDN の MathJax / mermaid の読み込みを含む) を取り除き、
  小さな docs/assets/notebook.css で見た目を整える。
- コードセルをサイトのほかのコードブロックと同じ形 (div.highlight > pre > code) にして、
  Material のコピーボタンとハイライトの色をそのまま使う。
- 見出しの `{ #id }` を ASCII の id にする (ノートブックのマークダウンは attr_list を通らないため)。
- nbconvert のセルの id (`cell-id=705cf0a6`) を `cell-705cf0a6` にする。`=` を含む id は CSS のセレクタとして
  使えず、Material のコピーボタン (`#__code_<id> > code` を探す) が例外を出して何もコピーしないため。
- 出力の画像 (base64 で HTML に埋め込まれた PNG) を、ページと同じ場所の別のファイルにして、幅と高さと
  loading="lazy" をつける。HTML が軽くなり、画面の外の画像は見えるまで読み込まない。
- 出力のブロック (スニペットの「出力」とノートブックのセルの出力) を検索の索引から外す (data-search-exclude)。
  数字の並びが検索結果に出なくなり、索引 (search_index.json) も小さくなる。
- セルが警告やエラーを標準エラーに出したときは、ビルドを失敗させる。エラーは mkdocs-jupyter の
  allow_errors: false が止めるが、警告はページに残ってしまうため。図の描画のときだけ出る警告もここで捕まる。
- ビルドの最後に、ページと同じ場所へダウンロード用の .ipynb を書き出す (jupytext で .py から変換)。
"""

import base64
import itertools
import logging
import re
import struct
from html import unescape
from pathlib import Path

import jupytext
from mkdocs.exceptions import PluginError

_HEAD = re.compile(r"^.*?(?=<div class=\"jupyter-wrapper\">)", re.DOTALL)
_CLIPBOARD = re.compile(
    r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>'
    r'|<div class="clipboard-copy-txt"[^>]*>.*?</div>',
    re.DOTALL,
)
_CODE = re.compile(r'<div class="highlight-ipynb hl-python"><pre>(?:<span></span>)?(.*?)</pre></div>', re.DOTALL)
_HEADING = re.compile(
    r'<h([1-6]) id="[^"]*">(.*?)\s*\{\s*#([\w-]+)\s*\}\s*(?:<a class="anchor-link" href="[^"]*">¶</a>)?</h\1>'
)
_STDERR = re.compile(r'data-mime-type="application/vnd\.jupyter\.stderr"[^>]*>\s*<pre>(.*?)</pre>', re.DOTALL)
_CELL_ID = re.compile(r' id="cell-id=([\w-]+)"')
_PNG = re.compile(r'<img alt="([^"]*)" class="" src="data:image/png;base64,([A-Za-z0-9+/=\s]+)"\s*/?>')
_OUTPUT = re.compile(
    r'<div class="(language-text highlight"(?=><span class="filename">出力</span>)|jp-OutputArea jp-Cell-outputArea")'
)
_ID_SUFFIX = re.compile(r"\s*\{\s*#([\w-]+)\s*\}\s*$")

_CJK = "\u3000-\u30ff\u3400-\u9fff\uff00-\uffef"
_CJK_BREAK = re.compile(rf"(?<=[{_CJK}])\n\s*(?=[{_CJK}])")
_PRE = re.compile(r"(<pre.*?</pre>)", re.DOTALL)

log = logging.getLogger("mkdocs.hooks.pages")
_notebooks: list[tuple[Path, Path]] = []
_images: list[tuple[Path, bytes]] = []


def _join_cjk_lines(html: str) -> str:
    parts = _PRE.split(html)  # 奇数番目が <pre>...</pre>
    return "".join(part if i % 2 else _CJK_BREAK.sub("", part) for i, part in enumerate(parts))


def _fix_toc(items) -> None:
    for item in items:
        m = _ID_SUFFIX.search(item.title)
        if m:
            item.title, item.id = item.title[: m.start()], m.group(1)
        _fix_toc(item.children)


def _image(match: re.Match, page, number: int) -> str:
    data = base64.b64decode(match.group(2))
    width, height = struct.unpack(">II", data[16:24])  # PNG の IHDR
    name = f"{Path(page.file.src_path).stem}-{number}.png"
    _images.append((Path(page.file.abs_dest_path).parent / name, data))
    return (
        f'<img alt="{match.group(1)}" src="{name}" width="{width}" height="{height}" loading="lazy" decoding="async">'
    )


def on_page_content(html, page, config, files):
    html = _OUTPUT.sub(r'<div data-search-exclude class="\1', html)
    if not getattr(page, "nb_url", None):
        return _join_cjk_lines(html)
    for stderr in _STDERR.finditer(html):
        text = unescape(re.sub(r"<[^>]+>", "", stderr.group(1))).strip()
        if re.search(r"Warning|Error", text):
            raise PluginError(f"docs/{page.file.src_path}: セルが警告またはエラーを出力しました:\n{text[:500]}")
        log.info("docs/%s: セルの標準エラー出力: %s", page.file.src_path, text[:500])
    html = _HEAD.sub("", html, count=1)
    html = _CLIPBOARD.sub("", html)
    html = _CODE.sub(r'<div class="highlight"><pre><code>\1</code></pre></div>', html)
    html = _CELL_ID.sub(r' id="cell-\1"', html)
    numbers = itertools.count(1)
    html = _PNG.sub(lambda m: _image(m, page, next(numbers)), html)
    html = _HEADING.sub(
        r'<h\1 id="\3">\2<a class="headerlink" href="#\3" title="この見出しへのリンク">¶</a></h\1>', html
    )
    _fix_toc(page.toc.items)
    page.title = _ID_SUFFIX.sub("", page.title or "")
    source = Path(page.file.abs_src_path)
    _notebooks.append((source, Path(page.file.abs_dest_path).parent / source.with_suffix(".ipynb").name))
    return _join_cjk_lines(html)


def on_post_build(config):
    for source, target in _notebooks:
        jupytext.write(jupytext.read(source), target)
    _notebooks.clear()
    for target, data in _images:
        target.write_bytes(data)
    _images.clear()
