"""ビルド済みのサイトの Python のコードを、読者がコピーして貼り付けたときと同じように実行する (`nox -s copy_paste`)。

    python -m sitecheck.copy_paste [SITE_DIR] [--jobs N] [--timeout S] [--verbose]

コードの文字列は HTML から、コピーボタンと同じ範囲 (<code> の中、末尾の空白を除く) を取り出す。
このサイトの Python のブロックは 3 種類で、それぞれ次を確かめる。

- スニペット (`div.snippet`、data-snippet にスニペットの名前): 文字列がファイル (snippets/<名前>.py) と同じこと。
  実行して終了コードが 0 で、出力を比べるスニペット (`# output-check: all`) では、標準出力と標準エラーを
  出た順にまとめた出力が、その下の出力のブロック (GPU のタブがあれば CPU のほう) とちょうど同じこと
  (タブはページと同じく空白に展開して比べる)。
- ノートブックのセル (`div.notebook-cell`): ページのセルを順につないだ 1 本のスクリプトが終了コード 0 で終わること。
- ページに直接書いた ```python (pytest-codeblocks が出力まで確かめるもの): 終了コード 0 で終わること。

実行は 1 つずつ、新しいインタープリター (この Python) で、空の一時ディレクトリで行う。リポジトリの snippets/ などは
import できない。テスト (tests/harness.py) と同じく、出力はバッファなし (PYTHONUNBUFFERED=1)、警告は既定の表示
(PYTHONWARNINGS=default)、CUDA は使わない (CUDA_VISIBLE_DEVICES="")、スレッドは 1 つ。出力のパスは
pipeline/output.py の normalise() でテストと同じ形にしてから比べる。
"""

from __future__ import annotations

import argparse
import difflib
import os
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

from pipeline.output import normalise
from pipeline.snippet import Snippet, SnippetError
from sitecheck.site import SITE, pages, require_site

CODE = ":scope > pre > code"


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
                if code != snippet.source.rstrip():
                    diff = difflib.unified_diff(snippet.source.rstrip().splitlines(), code.splitlines(), lineterm="")
                    problems.append(f"/{path}: {snippet.rel} のコードがファイルと違います\n  " + "\n  ".join(diff))
                output = soup.select_one(f'div.output[data-snippet="{name}"] > pre > code')
                shown = output.get_text() if output is not None and snippet.check == "all" else None
                blocks.append(Block(path, "snippet", snippet.rel, code, shown))
            else:
                blocks.append(Block(path, "page", f"ブロック {number}", code_text(div)))
        blocks += [Block(path, "notebook", name, "\n\n".join(code)) for name, code in cells.items()]
    return blocks, problems


@dataclass
class Result:
    returncode: int
    output: str
    seconds: float


def run(block: Block, env: dict[str, str], timeout: float) -> Result:
    """コードをファイルに書き、空の作業ディレクトリで新しいインタープリターに実行させる。"""
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="copy-paste-") as tmp:
        script, cwd = Path(tmp, "pasted.py"), Path(tmp, "cwd")
        script.write_text(block.code + "\n", encoding="utf-8")
        cwd.mkdir()
        proc = subprocess.Popen(
            [sys.executable, str(script)],
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # 時間切れのとき DataLoader の worker などもまとめて止める
        )
        try:
            raw, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            raw, _ = proc.communicate()
            raw += f"\n{timeout:.0f} 秒以内に終わりませんでした".encode()
        text = raw.decode("utf-8", errors="replace")
        shown_as = block.label if block.kind == "snippet" else "pasted.py"
        output = normalise(text, script, shown_as, cwd)
    return Result(proc.returncode, output, time.perf_counter() - start)


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env.update(
        MPLBACKEND="agg",
        PYTHONUNBUFFERED="1",
        PYTHONWARNINGS="default",
        PYTHONIOENCODING="utf-8",
        CUDA_VISIBLE_DEVICES="",
        OMP_NUM_THREADS="1",
    )
    return env


def failure(block: Block, result: Result, verbose: bool) -> str | None:
    where = f"/{block.page} {block.kind} {block.label}"
    if result.returncode != 0:
        lines = [line for line in result.output.splitlines() if line.strip(" ^~")]
        tail = result.output if verbose else " | ".join(lines[-3:])
        return f"FAIL {where}: exit {result.returncode}: {tail}"
    # Python-Markdown はタブを空白 4 つ分に展開して表示するので、実行した出力も同じように展開して比べる
    if block.shown is not None and result.output.expandtabs(4).rstrip("\n") != block.shown.rstrip("\n"):
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
    env = environment()
    with ThreadPoolExecutor(args.jobs) as pool:
        results = dict(
            zip([b.code for b in unique], pool.map(lambda b: run(b, env, args.timeout), unique), strict=True)
        )
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
        f"{compared} of them with output compared; {counts['notebook']} notebooks; {counts['page']} page blocks), "
        f"{len(problems)} problems, {len(unique)} distinct runs, {args.jobs} jobs, "
        f"{time.perf_counter() - start:.0f} s, slowest {slowest.seconds:.0f} s"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
