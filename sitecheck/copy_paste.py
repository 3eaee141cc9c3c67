"""ビルド済みのサイトの Python のコードを、読者がコピーして貼り付けたときと同じように実行する (`nox -s copy_paste`)。

    python -m sitecheck.copy_paste [SITE_DIR] [--jobs N] [--timeout S] [--verbose]

コードの文字列は HTML から、コピーボタンと同じ範囲 (<code> の中、末尾の空白を除く) を取り出す。
このサイトの Python のブロックは 3 種類で、それぞれ次を確かめる。

- スニペット (`div.snippet`、data-snippet にスニペットの名前): 文字列がファイル (snippets/<名前>.py) と同じこと。
  実行して終了コードが 0 で、出力を比べるスニペット (declarations.toml の output-check が all) では、
  標準出力と標準エラーを出た順にまとめた出力が、その下の出力のブロック (タブがあれば最初のタブ) と同じこと
  (タブ文字はページと同じく空白に展開し、comparable() で比べる)。
- ノートブックのセル (`div.notebook-cell`): ページのセルを順につないだ 1 本のスクリプトが終了コード 0 で終わること。
  ダウンロードのボタンの .ipynb (ページと同じフォルダ) は、カーネルの指定とセルの id があり、nbclient で
  上から順にエラーなしで実行できること (Jupyter で開いて「すべて実行」と同じ)。
- ページに直接書いた ```python (pytest-codeblocks が出力まで確かめるもの): 終了コード 0 で終わること。

どのブロックにも、テストの宣言 (`# output-check:` など) が載っていないこと。

実行はテストと同じランナー (pipeline/run.py) で、1 つずつ新しいプロセスで、空の一時ディレクトリで、
`python pasted.py` と同じ形で行う (リポジトリの snippets/ や pipeline/ は import できない)。環境変数と警告の表示は
テストと同じ (pipeline/snippet.py の RUN_SETUP)。出力はテストと同じ正規化のあと、comparable() で比べる。
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import nbformat
from bs4 import BeautifulSoup
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from pipeline import run as runner
from pipeline.output import comparable
from pipeline.snippet import Snippet, SnippetError
from sitecheck.site import SITE, pages, require_site

CODE = ":scope > pre > code"
# テストの宣言の行 (ページに載せてはいけない。宣言は snippets/<章>/declarations.toml に書く)
DECLARATION = re.compile(r"^#\s*(?:output-check|expect-warning|default-device)\b.*$", re.MULTILINE)


@dataclass
class Block:
    page: str  # URL のパス ("tensor/create/")
    kind: str  # "snippet" / "notebook" / "page"
    label: str  # スニペットの名前、ノートブックの名前、ページの中の番号
    code: str
    shown: str | None = None  # 出力を比べるときの、ページに出ている出力


def code_text(div) -> str:
    """コピーボタンがコピーする文字列 (注釈の印と行番号を除き、末尾の空白を落とす)。"""
    code = div.select_one(CODE)
    for el in code.select(".md-annotation, .linenos"):
        el.decompose()
    return code.get_text().rstrip()


def extract(site: Path) -> tuple[list[Block], list[str]]:
    """サイトのすべてのページから実行するブロックを取り出す。(ブロック, ファイルと違うスニペットの問題)"""
    blocks: list[Block] = []
    problems: list[str] = []
    for path, html in pages(site).items():
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        cells: dict[str, list[str]] = {}
        for number, div in enumerate(soup.select("div.language-python.highlight"), 1):
            if "notebook-cell" in div["class"]:
                cells.setdefault(div["data-notebook"], []).append(code_text(div))
            elif "snippet" in div["class"]:
                name = div["data-snippet"]
                try:
                    snippet = Snippet.find(name)
                except SnippetError as e:
                    problems.append(f"/{path}: {e}")
                    continue
                code = code_text(div)
                declared = DECLARATION.search(code)
                if declared:
                    problems.append(f"/{path}: {snippet.rel} のコードにテストの宣言が載っています: {declared.group(0)}")
                if code != snippet.source.rstrip():
                    diff = difflib.unified_diff(snippet.source.rstrip().splitlines(), code.splitlines(), lineterm="")
                    problems.append(f"/{path}: {snippet.rel} のコードがファイルと違います\n  " + "\n  ".join(diff))
                output = soup.select_one(f'div.output[data-snippet="{name}"] > pre > code')
                shown = output.get_text() if output is not None and snippet.check == "all" else None
                blocks.append(Block(path, "snippet", snippet.rel, code, shown))
            else:
                blocks.append(Block(path, "page", f"ブロック {number}", code_text(div)))
                declared = DECLARATION.search(blocks[-1].code)
                if declared:
                    problems.append(f"/{path}: ブロック {number} にテストの宣言が載っています: {declared.group(0)}")
        blocks += [Block(path, "notebook", name, "\n\n".join(code)) for name, code in cells.items()]
    return blocks, problems


def run(block: Block, timeout: float) -> runner.Run:
    """コードをファイル (pasted.py) に書き、テストと同じランナーで実行する (CPU で、アクセラレータは隠す)。"""
    with tempfile.TemporaryDirectory(prefix="copy-paste-") as tmp:
        script = Path(tmp, "pasted.py")
        script.write_text(block.code + "\n", encoding="utf-8")
        shown = block.label if block.kind == "snippet" else "pasted.py"
        hide = runner.environment()["accelerator"] is not None
        return runner.execute(script, shown, hide=hide, timeout=timeout)


def run_download(site: Path, ipynb: Path, timeout: float) -> str | None:
    """ダウンロードする .ipynb を、読者が Jupyter で開いて「すべて実行」するように実行する。問題があればその説明。"""
    where = f"/{ipynb.relative_to(site).as_posix()}"
    notebook = nbformat.read(ipynb, as_version=4)
    nbformat.validate(notebook)
    if notebook.metadata.get("kernelspec", {}).get("name") != "python3":
        return f"FAIL {where}: カーネルの指定 (metadata.kernelspec) がありません"
    if any(not cell.get("id") for cell in notebook.cells):
        return f"FAIL {where}: id の無いセルがあります"
    with tempfile.TemporaryDirectory(prefix="download-") as cwd:
        try:
            NotebookClient(notebook, timeout=timeout, resources={"metadata": {"path": cwd}}).execute()
        except CellExecutionError as e:
            return f"FAIL {where}: 上から順に実行するとエラーが出ます\n{e}"
    return None


def failure(block: Block, result: runner.Run, verbose: bool) -> str | None:
    where = f"/{block.page} {block.kind} {block.label}"
    if result.exitcode != 0:
        lines = [line for line in result.output.splitlines() if line.strip(" ^~")]
        tail = result.output if verbose else " | ".join(lines[-3:])
        return f"FAIL {where}: exit {result.exitcode}: {tail}"
    # Python-Markdown はタブを空白 4 つ分に展開して表示するので、実行した出力も同じように展開して比べる
    if block.shown is not None and comparable(result.output.expandtabs(4).rstrip("\n")) != comparable(
        block.shown.rstrip("\n")
    ):
        diff = difflib.unified_diff(
            block.shown.splitlines(), result.output.splitlines(), "ページの出力", "実行", lineterm=""
        )
        return f"FAIL {where}: 出力がページの出力と違います\n  " + "\n  ".join(diff)
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=SITE, help="ビルド済みのサイト (既定: site/)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="並列数 (既定: コア数)")
    parser.add_argument("--timeout", type=float, default=600, help="1 ブロックの制限時間 (秒、既定 600)")
    parser.add_argument("--verbose", "-v", action="store_true", help="失敗したブロックの出力をすべて表示する")
    args = parser.parse_args(argv)
    site = require_site(args.site)

    start = time.perf_counter()
    blocks, problems = extract(site)
    if not blocks:
        print(f"copy-paste: {site} に Python のコードブロックが見つかりません", file=sys.stderr)
        return 2
    # 同じコードは 1 回だけ実行する。時間のかかるノートブックを先に始める
    unique = sorted({b.code: b for b in blocks}.values(), key=lambda b: b.kind != "notebook")
    downloads = sorted(site.glob("notebooks/*/*.ipynb"))
    with ThreadPoolExecutor(args.jobs) as pool:
        opened = [pool.submit(run_download, site, ipynb, args.timeout) for ipynb in downloads]
        results = dict(zip([b.code for b in unique], pool.map(lambda b: run(b, args.timeout), unique), strict=True))
        problems += [problem for future in opened if (problem := future.result())]
    for block in blocks:
        problem = failure(block, results[block.code], args.verbose)
        if problem:
            problems.append(problem)
    for problem in problems:
        print(problem)
    counts = {kind: sum(b.kind == kind for b in blocks) for kind in ("snippet", "notebook", "page")}
    compared = sum(b.shown is not None for b in blocks)
    slowest = max(results.values(), key=lambda r: r.seconds)
    print(
        f"copy-paste: {len(blocks)} blocks on {len({b.page for b in blocks})} pages ({counts['snippet']} snippets, "
        f"{compared} of them with output compared; {counts['notebook']} notebooks and {len(downloads)} downloads; "
        f"{counts['page']} page blocks), "
        f"{len(problems)} problems, {len(unique)} distinct runs, {args.jobs} jobs, "
        f"{time.perf_counter() - start:.0f} s, slowest {slowest.seconds:.0f} s"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
