"""ページの組み立て (mkdocs-macros のモジュール)。ページに書けるのは次の 2 つ:

- `{{ example("tensor/create_from_list") }}`: スニペット snippets/tensor/create_from_list.py のコード (タイトルは
  リポジトリのファイルへのリンク) と、その下に保存済みの出力 (.out)。CUDA の出力 (.cuda.out) があれば、
  出力を CPU と GPU のタブにする。出力の見出しを変えるときは `output="出力 (CPU で実行)"`。
- `{{ notebook("digits") }}`: docs/notebooks/digits.py を実行したノートブックのページ全体 (pipeline/notebook.py)。

スニペットやノートブックを載せたページの末尾には「動作確認」の枠を足す。中身はテストの記録
(report/tested-with-<device>.json) から作り、記録のあとで中身が変わったスニペットは「未確認」と数える。
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.blocks import fence, output_block
from pipeline.snippet import NOTEBOOKS, ROOT, Snippet

REPORTS = ROOT / "report"
DEVICE_NAMES = {"cpu": "CPU", "cuda": "GPU (CUDA)"}

_rendered: dict = {}  # mkdocs serve の再ビルドでは実行し直さない


def define_env(env) -> None:
    repo = (env.conf.get("repo_url") or "").rstrip("/")
    env.variables["_scripts"] = {}  # {ページの URL: [そのページに載せたスニペット]}
    env.variables["_files"] = []  # [(サイトの中のパス, 中身)]: ビルドの最後に書き出す

    def used(snippet: Snippet) -> None:
        env.variables["_scripts"].setdefault(env.page.url, []).append(snippet)

    @env.macro
    def example(name: str, output: str = "出力") -> str:
        """スニペットのコードと出力のブロック。"""
        snippet = Snippet.find(name)
        used(snippet)
        link = f"{repo}/blob/main/{snippet.rel}" if repo else snippet.rel
        code = fence(
            f'.python .snippet title=\'<a href="{link}">{snippet.rel}</a>\' title_mode="html" '
            f'data-snippet="{snippet.name}"',
            snippet.source,
        )
        blocks = [code]
        cpu, cuda = snippet.golden("cpu"), snippet.golden("cuda")
        if not cpu.exists():
            raise FileNotFoundError(
                f"{snippet.rel}: 出力ファイル {cpu.name} がありません (`nox -s outputs` で作れます)"
            )
        text = cpu.read_text(encoding="utf-8")
        if cuda.exists():
            tabs = [(f"{output} (CPU)", text), (f"{output} (GPU)", cuda.read_text(encoding="utf-8"))]
            for label, body in tabs:
                block = output_block(body, label, snippet=snippet.name)
                blocks.append(f'=== "{label}"\n\n' + "\n".join(f"    {line}" for line in block.splitlines()))
        elif text:
            blocks.append(output_block(text, output, snippet=snippet.name))
        return "\n\n".join(blocks)

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


def on_post_page_macros(env) -> None:
    scripts = env.variables["_scripts"].get(env.page.url)
    if scripts:
        env.markdown += "\n\n" + tested_with(scripts, _records()) + "\n"


def on_post_build(env) -> None:
    site = Path(env.conf["site_dir"])
    for path, data in env.variables["_files"]:
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_bytes(data)


def _records() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(REPORTS.glob("tested-with-*.json"))]


def tested_with(scripts: list[Snippet], records: list[dict]) -> str:
    """「動作確認」の枠 (1 行の見出しで、開くとデバイスごとの記録)。記録のあとで変わったスニペットは未確認。"""
    unique = {s.rel: s for s in scripts}
    summary, lines, unverified = [], [], set()
    for record in records:
        device = DEVICE_NAMES.get(record["device"], record["device"])
        if record.get("gpu"):
            device += f" ({record['gpu']})"
        passed = [rel for rel, s in unique.items() if record["passed"].get(rel) == s.hash]
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
