"""ページの組み立て (mkdocs-macros のモジュール)。ページに書けるのは次の 2 つ:

- `{{ example("tensor/create_from_list") }}`: スニペット snippets/tensor/create_from_list.py のコード (タイトルは
  リポジトリのファイルへのリンク) と、その下に保存済みの出力 (.out)。実行環境で出力が変わるスニペット
  (.cuda-build.out、.cuda.out がある) では、出力を環境ごとのタブにし、タブの名前に torch のバージョンを書く。
  出力の見出しを変えるときは `output="出力 (CPU で実行)"`。
- `{{ notebook("digits") }}`: docs/notebooks/digits.py を実行したノートブックのページ全体 (pipeline/notebook.py)。
- `{{ figure("broadcasting", "図の説明") }}`: docs/figures/broadcasting.py が torch で計算して描いた図 (SVG)。
  説明は画像の代わりのテキスト (alt) で、日本語で図の中身を書く。

スニペットやノートブックを載せたページの末尾には「動作確認」の枠を足す。中身はテストの記録から作り、
記録のあとで中身が変わったスニペットは「未確認」と数える。記録は 2 種類:

- report/tested-with-cpu.json: 手元や CI のテストが書く CPU の記録 (コミットしない)
- snippets/records/gpu.json、cuda-build.json: GPU のマシンでの実行 (.ci/gpu) と、CUDA 版の torch を GPU の
  ないマシンで動かした実行の記録。.cuda.out / .cuda-build.out と一緒にコミットする
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.blocks import code_block, output_block
from pipeline.snippet import NOTEBOOKS, ROOT, Snippet

FIGURES = ROOT / "docs" / "figures"

REPORTS = ROOT / "report"
RECORDS = ROOT / "snippets" / "records"
DEVICE_NAMES = {"cpu": "CPU", "cuda": "GPU (CUDA)"}
# 出力のタブ: (出力の種類, 記録のファイル, タブの名前)。記録のある torch のバージョンを名前に足す
TABS = [
    ("cpu", None, "CPU 版 torch"),
    ("cuda-build", RECORDS / "cuda-build.json", "CUDA 版 torch、GPU なし"),
    ("cuda", RECORDS / "gpu.json", "GPU"),
]

_rendered: dict = {}  # mkdocs serve の再ビルドでは実行し直さない


def define_env(env) -> None:
    repo = (env.conf.get("repo_url") or "").rstrip("/")
    env.variables["_scripts"] = {}  # {ページの URL: [そのページに載せたスニペット]}
    env.variables["_files"] = []  # [(サイトの中のパス, 中身)]: ビルドの最後に書き出す
    env.variables["_gpu_claims"] = {}  # {ページの URL: [GPU での動きを述べた文が指すスニペット]}

    def used(snippet: Snippet) -> None:
        env.variables["_scripts"].setdefault(env.page.url, []).append(snippet)

    @env.macro
    def example(name: str, output: str = "出力") -> str:
        """スニペットのコードと出力のブロック。"""
        snippet = Snippet.find(name)
        used(snippet)
        link = f"{repo}/blob/main/{snippet.rel}" if repo else snippet.rel
        code = code_block(
            snippet.source,
            f'.snippet title=\'<a href="{link}">{snippet.rel}</a>\' title_mode="html" data-snippet="{snippet.name}"',
        )
        if not snippet.golden().exists():
            raise FileNotFoundError(f"{snippet.rel}: 出力ファイル {snippet.golden().name} がありません")
        tabs = [(name, snippet.golden(variant), record) for variant, record, name in TABS]
        tabs = [tab for tab in tabs if tab[1].exists()]
        if len(tabs) == 1:  # 出力が環境で変わらないスニペット
            text = tabs[0][1].read_text(encoding="utf-8")
            return "\n\n".join([code, output_block(text, output, snippet=snippet.name)] if text else [code])
        blocks = [code]
        for name, golden, record in tabs:
            label = name
            if record is not None:
                run = json.loads(record.read_text(encoding="utf-8"))
                label += f"、torch {run['torch']}"
                if run["passed"].get(snippet.rel, {}).get("hash") != snippet.hash:
                    label += "、記録のあとで変更されたため未確認"
            block = output_block(golden.read_text(encoding="utf-8"), output, snippet=snippet.name)
            blocks.append(f'=== "{label}"\n\n' + "\n".join(f"    {line}" for line in block.splitlines()))
        return "\n\n".join(blocks)

    @env.macro
    def on_gpu(name: str) -> str:
        """GPU での動きを述べた文の印。その動きは、スニペット name を GPU で実行した出力 (GPU のタブ) が見せる。"""
        snippet = Snippet.find(name)
        env.variables["_gpu_claims"].setdefault(env.page.url, []).append(snippet)
        return gpu_marker(snippet, _records(), env.page.url)

    @env.macro
    def notebook(name: str) -> str:
        """ノートブックのページの中身。"""
        snippet = Snippet.find(name, NOTEBOOKS)
        used(snippet)
        key = (snippet.path, snippet.hash)
        if key not in _rendered:
            from pipeline.notebook import render  # jupytext と nbclient はノートブックを実行するときだけ要る

            _rendered[key] = render(snippet.path)
        env.variables["_files"].extend((Path(env.page.url) / n, data) for n, data in _rendered[key].files.items())
        return _rendered[key].markdown

    @env.macro
    def figure(name: str, alt: str) -> str:
        """図を描いて SVG のファイルにし、ページに <img> で載せる。"""
        from pipeline.figure import draw  # matplotlib は図を描くときだけ要る

        svg, width, height = draw(FIGURES / f"{name}.py")
        env.variables["_files"].append((Path(env.page.url) / f"{name}.svg", svg))
        # 狭い画面では縮めすぎず (文字が読めなくなる)、横にスクロールして見る (docs/assets/theme.css)
        return (
            f'<div class="figure-scroll"><img class="figure" src="{name}.svg" alt="{alt}" '
            f'width="{width}" height="{height}" loading="lazy" decoding="async"></div>'
        )


def on_post_page_macros(env) -> None:
    scripts = env.variables["_scripts"].get(env.page.url)
    if scripts:
        env.markdown += "\n\n" + tested_with(scripts, _records()) + "\n"


def gpu_marker(snippet: Snippet, records: list[dict], page_url: str) -> str:
    """GPU での動きを述べた文の後ろに付ける短い印。GPU の記録でそのスニペットが合格していれば「GPU で確認」。"""
    confirmed = any(
        r["device"] == "cuda" and r["passed"].get(snippet.rel, {}).get("hash") == snippet.hash for r in records
    )
    text = "GPU で確認" if confirmed else "GPU 未確認"
    depth = page_url.count("/")
    href = "../" * depth + "environments/#gpu"
    return f'<a class="gpu-claim" href="{href}" title="{snippet.rel} の GPU での実行">{text}</a>'


def on_post_build(env) -> None:
    site = Path(env.conf["site_dir"])
    for path, data in env.variables["_files"]:
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_bytes(data)


def _records() -> list[dict]:
    """「動作確認」の枠に載せる記録: 手元の CPU の記録と、コミットした GPU の記録。"""
    paths = [REPORTS / "tested-with-cpu.json", RECORDS / "gpu.json"]
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths if p.exists()]


def tested_with(scripts: list[Snippet], records: list[dict]) -> str:
    """「動作確認」の枠 (1 行の見出しで、開くとデバイスごとの記録)。記録のあとで変わったスニペットは未確認。"""
    unique = {s.rel: s for s in scripts}
    summary, lines, unverified = [], [], set()
    for record in records:
        device = DEVICE_NAMES.get(record["device"], record["device"])
        if record.get("gpu"):
            device += f" ({record['gpu']})"
        passed = [rel for rel, s in unique.items() if record["passed"].get(rel, {}).get("hash") == s.hash]
        unverified |= set(unique) - set(passed)
        summary.append(f"{DEVICE_NAMES.get(record['device'], record['device'])} {len(passed)}/{len(unique)}")
        versions = f"torch {record['torch']}" + (f"、CUDA {record['cuda']}" if record.get("cuda") else "")
        lines.append(
            f"- {device}: {versions}、Python {record['python']} ({record['platform']})、{record['date']} — "
            f"{len(unique)} 本中 {len(passed)} 本が合格"
        )
    if not records:
        lines.append("- テストの記録がありません (`nox -s tests` を実行すると記録されます)")
    if not any(r["device"] == "cuda" for r in records):
        summary.append("GPU 未実行")
        lines.append("- GPU (CUDA) ではまだ実行していません")
    if unverified:
        lines.append(f"- 未確認 (記録のあとで変わったか、合格していないもの): {', '.join(sorted(unverified))}")
    title = "動作確認: " + "・".join(summary or ["記録なし"])
    body = "\n".join(f"    {line}" for line in lines)
    return f'<div class="tested-with" data-search-exclude markdown>\n\n??? info "{title}"\n\n{body}\n\n</div>'
