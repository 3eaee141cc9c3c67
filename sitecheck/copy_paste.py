"""ビルド済みのサイトの Python のコードブロックを、読者がコピーして貼り付けたときと同じように実行する。

`nox -s copy_paste` から使う。

使い方: python -m sitecheck.copy_paste [SITE_DIR] [--python PYTHON] [--jobs N] [--timeout S] [--verbose]

- SITE_DIR (既定は site/) のすべての HTML ページを解析し、Material が描くコードブロック
  `div.language-python.highlight > pre > code` の文字列を取り出す (コピーボタンと同じく <code> の中身だけ。
  ブロックの上のタイトル `span.filename` は入らない)。言語のクラス (language-python) は
  mkdocs.yml の `pymdownx.highlight: pygments_lang_class: true` がないと付かない。付いていなければ
  何も実行せずに失敗する (そのままでは、どのブロックが Python かを HTML から確かめられないため)。
- ブロックは 1 つずつ、新しいインタープリター (--python、既定はこの Python) で、ファイルに書いて実行する。
  作業ディレクトリは毎回新しい空の一時ディレクトリ。リポジトリの snippets/ などは import できない。
- ノートブックのページ (.jupyter-wrapper) は、コードセル (ビルドのフックが div.highlight > pre > code に
  変えたもの) を順に連結した 1 本のスクリプトとして実行する。
- 環境: MPLBACKEND=agg (グラフのウィンドウを開かない)。PYTHONPATH は外す。CUDA_VISIBLE_DEVICES はそのまま。
  並列に走るブロックがコアを奪い合わないよう、OMP_NUM_THREADS が無ければ「コア数 / 並列数」にする。
- 終了コードが 0 でないブロックが失敗。失敗ごとに 1 行 (ページ、ブロック番号、タイトル、標準エラーの末尾) を
  表示し、最後に「copy-paste: N pages, M code blocks run, K failures」を表示する。失敗があれば終了コード 1。
  まったく同じ文字列のブロックは 1 回だけ実行し、結果をすべての出現に当てはめる。
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

from sitecheck.site import SITE, require_site, url_path

# Python として実行するコードブロックの言語 (pymdownx.highlight の language-<名前>)。
# pycon (対話モードの記録) は貼り付けて動くものではないので含めない
PYTHON_LANGS = {"python", "py", "python3", "py3"}
# ページのコードブロック (pymdownx.highlight が div.highlight > pre > code を書き出す)
CODE_BLOCK = "div.highlight > pre > code"
# ノートブックのページのコードセル (hooks/pages.py がサイトのコードブロックと同じ形に書き換えたもの)
NOTEBOOK = ".jupyter-wrapper"
NOTEBOOK_CELL = ".jupyter-wrapper .jp-CodeCell .jp-InputArea-editor div.highlight > pre > code"
STDERR_TAIL = 3  # 失敗の 1 行に載せる標準エラーの行数 (空行を除く末尾)


@dataclass
class Block:
    page: str  # サイトの中の URL のパス (例: tensor/create/)
    number: int  # ページの中の番号 (1 から)。ノートブックのページは 1 本だけ
    title: str  # ブロックのタイトル (span.filename)。ノートブックはセルの数
    code: str
    notebook: bool = False


@dataclass
class Result:
    returncode: int
    stderr: str
    seconds: float


def code_text(code) -> str:
    """<code> の中の文字列。Material のコピーボタンと同じく、注釈の印と行番号を除き、末尾の空白を落とす。"""
    for el in code.select(".md-annotation, .linenos"):
        el.decompose()
    return code.get_text().rstrip()


def language(div) -> str | None:
    for cls in div.get("class", []):
        if cls.startswith("language-"):
            return cls.removeprefix("language-")
    return None


def extract(site: Path) -> tuple[list[Block], int, int]:
    """サイトのすべてのページから実行するブロックを取り出す。(ブロック, 調べたページ数, 言語なしのブロック数)"""
    blocks: list[Block] = []
    pages = unlabelled = 0
    for html in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        pages += 1
        page = url_path(site, html) or "/"
        cells = soup.select(NOTEBOOK_CELL)
        if cells:
            code = "\n\n".join(code_text(cell) for cell in cells)
            blocks.append(Block(page, 1, f"ノートブック、コードセル {len(cells)} 個", code, notebook=True))
        number = 0
        for code in soup.select(CODE_BLOCK):
            div = code.parent.parent
            if div.find_parent(class_=NOTEBOOK.lstrip(".")):
                continue
            lang = language(div)
            if lang is None:
                unlabelled += 1
                continue
            if lang not in PYTHON_LANGS:
                continue
            number += 1
            title = div.find("span", class_="filename", recursive=False)
            blocks.append(Block(page, number, title.get_text().strip() if title else "", code_text(code)))
    return blocks, pages, unlabelled


def run(code: str, python: str, env: dict[str, str], timeout: float) -> Result:
    """コードをファイルに書き、空の作業ディレクトリで新しいインタープリターに実行させる。"""
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="copy-paste-") as tmp:
        script, cwd = Path(tmp, "pasted.py"), Path(tmp, "cwd")
        script.write_text(code + "\n", encoding="utf-8")
        cwd.mkdir()
        proc = subprocess.Popen(
            [python, str(script)],
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",
            start_new_session=True,  # 時間切れのとき DataLoader の worker などもまとめて止める
        )
        try:
            _, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            _, stderr = proc.communicate()
            stderr = (stderr or "") + f"\n{timeout:.0f} 秒以内に終わりませんでした"
            return Result(-1, stderr, time.perf_counter() - start)
    return Result(proc.returncode, stderr, time.perf_counter() - start)


def environment(jobs: int) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["MPLBACKEND"] = "agg"
    env.setdefault("OMP_NUM_THREADS", str(max(1, (os.cpu_count() or 1) // jobs)))
    return env


def tail(stderr: str, lines: int = STDERR_TAIL) -> str:
    """標準エラーの末尾の数行を 1 行に。空行とトレースバックの ^^^ の行は除く。"""
    kept = [line.strip() for line in stderr.splitlines() if line.strip(" ^~\n")]
    return " | ".join(kept[-lines:]) or "(標準エラーは空)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=SITE, help="ビルド済みのサイト (既定: site/)")
    parser.add_argument("--python", default=sys.executable, help="実行に使う Python (既定: この Python)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="並列数 (既定: コア数)")
    parser.add_argument("--timeout", type=float, default=600, help="1 ブロックの制限時間 (秒、既定 600)")
    parser.add_argument("--verbose", "-v", action="store_true", help="失敗したブロックの標準エラーをすべて表示する")
    args = parser.parse_args(argv)
    site = require_site(args.site)

    if not shutil.which(args.python):
        print(f"copy-paste: Python {args.python} が見つかりません", file=sys.stderr)
        return 2

    start = time.perf_counter()
    blocks, scanned, unlabelled = extract(site)
    if unlabelled:
        print(
            f"copy-paste: {unlabelled} 個のコードブロックに言語のクラス (language-…) がありません。mkdocs.yml の "
            "pymdownx.highlight に `pygments_lang_class: true` を加えてビルドし直してください",
            file=sys.stderr,
        )
        return 2
    if not blocks:
        print(f"copy-paste: {site} に Python のコードブロックが見つかりません", file=sys.stderr)
        return 2

    # 同じ文字列は 1 回だけ実行する。時間のかかるノートブックを先に始める
    unique = sorted({b.code: b for b in blocks}.values(), key=lambda b: not b.notebook)
    codes = [b.code for b in unique]
    env = environment(args.jobs)
    with ThreadPoolExecutor(args.jobs) as pool:
        results = dict(zip(codes, pool.map(lambda c: run(c, args.python, env, args.timeout), codes), strict=True))
    elapsed = time.perf_counter() - start

    failures = 0
    for block in blocks:
        result = results[block.code]
        if result.returncode == 0:
            continue
        failures += 1
        title = f" ({block.title})" if block.title else ""
        print(f"FAIL {block.page} block {block.number}{title}: exit {result.returncode}: {tail(result.stderr)}")
        if args.verbose:
            print("    " + "\n    ".join(result.stderr.rstrip().splitlines()))
    pages = len({b.page for b in blocks})
    slowest = max(results.values(), key=lambda r: r.seconds)
    print(
        f"copy-paste: {pages} pages, {len(blocks)} code blocks run, {failures} failures "
        f"({len(codes)} distinct, {scanned} pages scanned, {args.jobs} jobs, {elapsed:.0f} s, "
        f"slowest {slowest.seconds:.0f} s)"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
