"""ページの組み立て (mkdocs-macros のモジュール)。ページに書けるのは次のものだけ:

- `{{ example("tensor/create_from_list") }}`: スニペット snippets/tensor/create_from_list.py のコード (タイトルは
  リポジトリのファイルへのリンク) と、その下に保存済みの出力。環境 (torch の版、ビルド、GPU) で出力が変わる
  スニペットでは、出力を環境ごとのタブにする。タブの名前と、出力の下の「どこで表示されたか」の 1 行は、
  コミットした記録 (snippets/records/、pipeline/records.py) から作る。手では書かない。
  出力の見出しを中身で変えるときは `output="出力 (CPU と meta の混在)"` (環境の名前は書けない)。
- `{{ on_gpu("cuda/choose_device") }}`: GPU での動きを述べた文の印。その動きを見せるスニペットを指す。
- `{{ notebook("digits") }}`: docs/notebooks/digits.py を実行したノートブックのページ全体 (pipeline/notebook.py)。
- `{{ figure("broadcasting", "図の説明") }}`: docs/figures/broadcasting.py が torch で計算して描いた図 (SVG)。
- `{{ version_differences() }}`: 記録のある環境の間で出力が違うスニペットの一覧 (「バージョンによる違い」のページ)。

スニペットやノートブックを載せたページの末尾には「動作確認」の枠を足す。中身はコミットした記録から作り、
記録のあとで中身が変わったスニペットは「未確認」と数える。
"""

from __future__ import annotations

import difflib
import html
from pathlib import Path

from pipeline import records
from pipeline.blocks import code_block, output_block
from pipeline.snippet import KIND, KINDS, NOTEBOOKS, ROOT, Snippet, SnippetError, discover

FIGURES = ROOT / "docs" / "figures"
# 図のスマートフォン向けの形を見せる画面の幅の上限 (px)
PHONE_MAX_WIDTH = 600
ENVIRONMENTS_PAGE = "versions/"

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
        groups = output_groups(snippet, records.committed())
        if len(groups) == 1:  # 出力が環境で変わらないスニペット
            text, group = groups[0]
            body = [output_block(text, output, snippet=snippet.name)] if text else []
            return "\n\n".join([code, *body, where_line(snippet, group)])
        return code + "\n\n" + output_tabs(snippet, groups, output)

    recorded = records.committed()
    # ページの本文から {{ releases.cuda_build.cuda }} などで引く、記録した torch の版とその wheel の情報
    # (CUDA と cuDNN の版、Requires-Python を手で書かないため。tests/test_pages.py が確かめる)
    env.variables["releases"] = {kind.replace("-", "_"): records.facts(r) for kind, r in recorded.items()}

    @env.macro
    def records_table() -> str:
        """コミットした記録の一覧 (表)。"""
        rows = ["| 出力 | torch (CUDA、cuDNN) | 実行したマシンと日付 |", "|---|---|---|"]
        for kind in KINDS:
            r = recorded.get(kind.key)
            if r is None:
                rows.append(f"| {'GPU' if kind.device == 'cuda' else kind.key} | まだ記録がありません | |")
                continue
            facts = records.facts(r)
            cuda = f" (CUDA {facts['cuda']}、cuDNN {facts['cudnn']})" if facts["cuda"] else ""
            gpu = f"、GPU {r['gpu']}" if r["gpu"] else ""
            rows.append(
                f"| {records.tab_name(r)} | {r['torch']}{cuda} | {records.machine(r)}{gpu}、{r['date']}、"
                f"{len(r['snippets'])} 本 |"
            )
        return "\n".join(rows)

    @env.macro
    def version_differences() -> str:
        """記録のある環境の間で出力が違うスニペットの一覧。"""
        return differences_page(records.committed(), repo)

    @env.macro
    def on_gpu(name: str) -> str:
        """GPU での動きを述べた文の印。その動きは、スニペット name を GPU で実行した出力 (GPU のタブ) が見せる。"""
        snippet = Snippet.find(name)
        env.variables["_gpu_claims"].setdefault(env.page.url, []).append(snippet)
        return gpu_marker(snippet, records.committed(), env.page.url)

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
        """図を描いて SVG のファイルにし、ページに載せる。スマートフォン向けの形 (phone) があれば、
        幅の狭い画面ではそちらを見せる (<picture>)。無い図は縮めすぎず、横にスクロールして見る (theme.css)。"""
        from pipeline.figure import draw  # matplotlib は図を描くときだけ要る

        forms = draw(FIGURES / f"{name}.py")
        for form, (svg, _, _) in forms.items():
            file = f"{name}.svg" if form == "figure" else f"{name}-{form}.svg"
            env.variables["_files"].append((Path(env.page.url) / file, svg))
        _, width, height = forms["figure"]
        img = (
            f'<img class="figure" src="{name}.svg" alt="{alt}" '
            f'width="{width}" height="{height}" loading="lazy" decoding="async">'
        )
        if "phone" not in forms:
            return f'<div class="figure-scroll">{img}</div>'
        _, width, height = forms["phone"]
        return (
            f'<picture class="figure"><source media="(max-width: {PHONE_MAX_WIDTH}px)" srcset="{name}-phone.svg" '
            f'width="{width}" height="{height}">{img}</picture>'
        )


def on_post_page_macros(env) -> None:
    scripts = env.variables["_scripts"].get(env.page.url)
    claims = env.variables["_gpu_claims"].get(env.page.url, [])
    if scripts or claims:
        depth = env.page.file.src_uri.count("/")
        link = "../" * depth + "versions.md#gpu"
        env.markdown += "\n\n" + tested_with(scripts or [], claims, records.committed(), link) + "\n"


def on_post_build(env) -> None:
    site = Path(env.conf["site_dir"])
    for path, data in env.variables["_files"]:
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_bytes(data)


# --- 出力と記録 ------------------------------------------------------------------------------------


def verified(record: dict, snippet: Snippet) -> bool:
    """記録がこのスニペットのいまの中身を実行したものか。"""
    return record["snippets"].get(snippet.rel, {}).get("hash") == snippet.hash


def output_groups(snippet: Snippet, recorded: dict[str, dict]) -> list[tuple[str, list[dict]]]:
    """ページに出す出力と、それを表示した環境の記録の組 [(出力, [記録])]。同じ出力の環境は 1 つにまとめる。

    <名前>.out は記録が無くても出す。ほかの種類は記録があるときだけ。その種類の出力ファイルが無ければ、
    出力は <名前>.out と同じ (GPU ではデバイスの表記と数値の誤差を除いて同じ)。
    """
    if not snippet.golden().exists():
        raise SnippetError(
            f"{snippet.rel}: 出力ファイル {snippet.golden().name} がありません (`nox -s outputs` で作れます)"
        )
    groups: dict[str, list[dict]] = {}
    for kind in KINDS:
        record = recorded.get(kind.key)
        if record is None and not kind.default:
            continue
        own = snippet.golden(kind.key)
        if not kind.default and own.exists() and record is None:
            raise SnippetError(
                f"{snippet.rel.removesuffix('.py')}{kind.suffix}: "
                f"この出力を作った実行の記録 snippets/records/{kind.key}.json がありません"
            )
        text = (own if own.exists() else snippet.golden()).read_text(encoding="utf-8")
        groups.setdefault(text, []).extend([record] if record else [])
    return list(groups.items())


def _by_version(group: list[dict]) -> dict[str, list[str]]:
    """{版: [ビルドの短い名前]} (記録の順)。"""
    found: dict[str, list[str]] = {}
    for record in group:
        found.setdefault(records.version(record), []).append(records.build_name(record))
    return found


def tab_label(group: list[dict]) -> str:
    """タブの名前: 版とビルド (「2.13.0 CPU 版・CUDA 版」「2.15.0 CUDA 版」「2.13.0・2.15.0 CUDA 版」)。"""
    versions = _by_version(group)
    builds = {"・".join(b) for b in versions.values()}
    if len(versions) > 1 and len(builds) == 1:
        return "・".join(versions) + " " + builds.pop()
    return "・".join(f"{v} {'・'.join(b)}" for v, b in versions.items()) or "出力"


def output_tabs(snippet: Snippet, groups: list[tuple[str, list[dict]]], title: str) -> str:
    """環境ごとの出力のタブ (pymdownx.tabbed)。タブごとに出力と、それを表示した環境の 1 行。"""
    tabs = []
    for text, group in groups:
        block = output_block(text, title, snippet=snippet.name) + "\n\n" + where_line(snippet, group)
        tabs.append(f'=== "{tab_label(group)}"\n\n' + "\n".join(f"    {line}" for line in block.splitlines()))
    return "\n\n".join(tabs)


def where_line(snippet: Snippet, group: list[dict]) -> str:
    """出力の下の 1 行: この出力を表示した環境 (版、ビルド、マシン、日付) と、比べ方。"""
    ok = [r for r in group if verified(r, snippet)]
    stale = [r for r in group if not verified(r, snippet)]
    # 比べない出力 (時間など) は、出力ファイルを持つ記録の出力。ほかの記録は数値だけが違う
    owners = [r for r in ok if snippet.check != "none" or snippet.golden(r["kind"]).exists()]
    others = [r for r in ok if r not in owners]
    parts = []
    if owners:
        places = " と ".join(f"{v} ({'、'.join(b)})" for v, b in _by_version(owners).items())
        parts.append(f"torch {places} {'で同じ出力' if len(owners) > 1 else 'での出力'}。")
        if others:
            again = " と ".join(f"{v} ({'、'.join(b)})" for v, b in _by_version(others).items())
            parts.append(f"{again} でも実行し、数値のほかは同じでした。")
        if any(KIND[r["kind"]].tolerant and not snippet.golden(r["kind"]).exists() for r in ok):
            parts.append("GPU の出力はデバイスの表記と数値の誤差を除いて同じ。")
        if any(r["build"] == "cuda" and KIND[r["kind"]].device == "cpu" for r in ok):
            parts.append("CUDA 版は GPU のないマシンで実行。")
        machine = sorted({records.machine(r) for r in ok})
        parts.append("・".join(machine) + "、" + max(r["date"] for r in ok) + "。")
    else:
        parts.append("この出力を表示した実行の記録がありません。")
    if stale:
        parts.append("記録のあとでコードが変わったため未確認: " + "、".join(records.place(r) for r in stale) + "。")
    if snippet.check == "none":
        parts.append(f"出力は実行ごとに比べていません ({snippet.declaration.output_check_why})。")
    elif snippet.check == "cpu":
        parts.append(f"GPU では出力を比べず、実行できることだけを確かめます ({snippet.declaration.output_check_why})。")
    return f'<p class="output-where" data-search-exclude>{html.escape("".join(parts), quote=False)}</p>'


def gpu_marker(snippet: Snippet, recorded: dict[str, dict], page_url: str) -> str:
    """GPU での動きを述べた文の後ろに付ける短い印。GPU の記録でそのスニペットが合格していれば「GPU で確認」。"""
    gpu = recorded.get("gpu")
    text = "GPU で確認" if gpu and verified(gpu, snippet) else "GPU 未確認"
    href = "../" * page_url.count("/") + ENVIRONMENTS_PAGE + "#gpu"
    return f'<a class="gpu-claim" href="{href}" title="{snippet.rel} の GPU での出力が確かめる">{text}</a>'


def tested_with(scripts: list[Snippet], claims: list[Snippet], recorded: dict[str, dict], gpu_link: str) -> str:
    """「動作確認」の枠 (1 行の見出しで、開くと環境ごとの記録)。記録のあとで変わったスニペットは未確認。"""
    unique = {s.rel: s for s in scripts}
    summary, lines, unverified = [], [], set()
    for kind in KINDS:
        record = recorded.get(kind.key)
        if record is None or not unique:
            continue
        passed = [rel for rel, s in unique.items() if verified(record, s)]
        if kind.default:
            unverified |= set(unique) - set(passed)
        summary.append(f"{records.tab_name(record)} {len(passed)}/{len(unique)}")
        lines.append(
            f"- {records.place(record)}: {records.machine(record)}、{record['date']} — "
            f"{len(unique)} 本中 {len(passed)} 本"
        )
    if unique and "cpu" not in recorded:
        lines.append("- 記録がありません (`nox -s outputs` で記録します)")
    if "gpu" not in recorded:
        summary.append("GPU 未実行")
        lines.append("- GPU ではまだ実行していません")
    if claims:
        gpu = recorded.get("gpu")
        confirmed = sum(1 for s in claims if gpu and verified(gpu, s))
        summary.append(f"GPU の記述 {confirmed}/{len(claims)} 確認")
        lines.append(
            f"- GPU での動きを述べた文: {len(claims)} 件。GPU での出力で確かめたもの {confirmed} 件 "
            f"([GPU での確認について]({gpu_link}))"
        )
    if unverified:
        lines.append(f"- 未確認 (記録のあとで変わったもの): {', '.join(sorted(unverified))}")
    title = "動作確認: " + "・".join(summary or ["記録なし"])
    body = "\n".join(f"    {line}" for line in lines)
    return f'<div class="tested-with" data-search-exclude markdown>\n\n??? info "{title}"\n\n{body}\n\n</div>'


def _changed_lines(a: str, b: str) -> str:
    """2 つの出力の違いを 1 文で。"""
    diff = list(difflib.ndiff(a.splitlines(), b.splitlines()))
    old = [line for line in diff if line.startswith("- ")]
    new = [line for line in diff if line.startswith("+ ")]
    n = max(len(old), len(new))
    if old and new:
        return f"{n} 行が違います。最初の違い: `{old[0][2:].strip()[:80]}` → `{new[0][2:].strip()[:80]}`"
    if new:
        return f"{len(new)} 行が増えています。最初の行: `{new[0][2:].strip()[:80]}`"
    return f"{len(old)} 行がありません。最初の行: `{old[0][2:].strip()[:80]}`"


def differences_page(recorded: dict[str, dict], repo: str) -> str:
    """記録のある環境の間で出力が違うスニペットの一覧 (ページの節ごと)。"""
    sections = []
    for snippet in discover():
        groups = output_groups(snippet, recorded)
        if len(groups) < 2:
            continue
        base, rest = groups[0][0], groups[1:]
        sentences = [f"{tab_label(group)}: " + _changed_lines(base, text) for text, group in rest]
        tabs = output_tabs(snippet, groups, "出力")
        why = f" ({snippet.declaration.output_check_why})" if snippet.check == "none" else ""
        sections.append(
            f"### `{snippet.name}` {{ #{snippet.name.replace('/', '-').replace('_', '-')} }}\n\n"
            f"[{snippet.rel}]({repo}/blob/main/{snippet.rel})"
            f"{why}\n\n" + "\n".join(f"- {s}" for s in sentences) + "\n\n" + tabs
        )
    return "\n\n".join(sections) or "記録のある環境の間で、出力の違うスニペットはありません。"
