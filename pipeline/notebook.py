"""ノートブックのページ: docs/notebooks/<名前>.py (jupytext の percent 形式) を実行し、ページの Markdown にする。

pipeline/macros.py の `{{ notebook("<名前>") }}` が使う。セルはビルドのたびにカーネルで実行し (nbclient)、
マークダウンのセルはそのまま、コードのセルはサイトのほかのコードと同じコードブロックに、出力は出力のブロックと
画像のファイルにする。次のときはビルドを失敗させる (ファイル名とセルの番号を示す):

- セルがエラーを出したとき (nbclient の CellExecutionError)
- セルが標準エラーに何か書いたとき (警告など。ページに残ってしまうため)
- 知らない種類の出力 (HTML など) と、alt (セルのメタデータ `# %% alt="…"`) の無い図
"""

from __future__ import annotations

import re
import struct
import tempfile
from base64 import b64decode
from dataclasses import dataclass, field
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from pipeline.blocks import code_block, output_block
from pipeline.snippet import rel

TIMEOUT_S = 600
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


class NotebookError(RuntimeError):
    pass


@dataclass
class Rendered:
    markdown: str
    files: dict[str, bytes] = field(default_factory=dict)  # ページと同じ場所に書くファイル (図と .ipynb)


def _png_size(data: bytes) -> tuple[int, int]:
    return struct.unpack(">II", data[16:24])  # PNG の IHDR


def read(source: Path) -> nbformat.NotebookNode:
    """jupytext の .py を、読者がダウンロードするノートブックの形で読む。セルの id は <名前>-<番号> に固定し
    (jupytext は読むたびに乱数の id を作るので、そのままではビルドのたびに .ipynb が変わる)、カーネル (python3) を
    書いておく (無いと Jupyter がカーネルを尋ねる)。jupytext の変換の設定は読者に要らないので除く。"""
    notebook = jupytext.read(source)
    for number, cell in enumerate(notebook.cells, 1):
        cell.id = f"{source.stem}-{number}"
    notebook.metadata.pop("jupytext", None)
    notebook.metadata["kernelspec"] = KERNELSPEC
    return notebook


def execute(source: Path) -> nbformat.NotebookNode:
    notebook = read(source)
    with tempfile.TemporaryDirectory(prefix="notebook-") as cwd:
        client = NotebookClient(
            notebook,
            timeout=TIMEOUT_S,
            kernel_name="python3",
            resources={"metadata": {"path": cwd}},
            record_timing=False,  # 実行の時刻を残さない (ダウンロードの .ipynb がビルドのたびに変わらないように)
        )
        try:
            client.execute()
        except CellExecutionError as e:
            message = re.sub(r"\x1b\[[0-9;]*m", "", str(e))  # トレースバックの色の指定を除く
            raise NotebookError(f"{rel(source)}: セルの実行でエラーが出ました\n{message}") from None
    return notebook


def _joined_streams(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """隣り合う同じストリームの出力を 1 つにする。カーネルが出力を送る区切りは実行のたびに変わるので、
    そのままではダウンロードの .ipynb がビルドのたびに変わる。"""
    for cell in notebook.cells:
        joined: list = []
        for output in cell.get("outputs", []):
            previous = joined[-1] if joined else None
            if output.output_type == "stream" and previous and previous.get("name") == output.name:
                previous.text += output.text
            else:
                joined.append(output)
        if "outputs" in cell:
            cell.outputs = joined
    return notebook


def render(source: Path) -> Rendered:
    """ノートブックを実行し、ページの Markdown と、ページと同じ場所に置くファイルを返す。"""
    notebook = execute(source)
    stem = source.stem
    result = Rendered("")
    parts: list[str] = []
    for number, cell in enumerate(notebook.cells, 1):
        where = f"{rel(source)}: {number} 番目のセル"
        if cell.cell_type == "markdown":
            parts.append(cell.source)
            if number == 1:  # 最初のセル (ページの見出し) のすぐあとに、ダウンロードのボタン
                parts.append(
                    f'<a class="md-button" href="{stem}.ipynb" download>ノートブック ({stem}.ipynb) をダウンロード</a>'
                )
            continue
        parts.append(code_block(cell.source, f'.notebook-cell data-notebook="{stem}"'))
        stdout = ""
        for output in cell.outputs:
            if output.output_type == "stream" and output.name == "stdout":
                stdout += output.text
                continue
            if stdout:
                parts.append(output_block(stdout))
                stdout = ""
            if output.output_type == "stream":
                raise NotebookError(f"{where} が標準エラーに書きました:\n{output.text[:1000]}")
            data = output.get("data", {})
            if "image/png" in data:
                alt = cell.metadata.get("alt")
                if not alt:
                    raise NotebookError(f'{where}: 図の説明がありません (セルの見出しに `# %% alt="…"` を書く)')
                png = b64decode(data["image/png"])
                name = f"{stem}-{len(result.files) + 1}.png"
                result.files[name] = png
                width, height = _png_size(png)
                parts.append(
                    f'<img class="notebook-figure" src="{name}" alt="{alt}" width="{width}" height="{height}" '
                    'loading="lazy" decoding="async">'
                )
            elif set(data) == {"text/plain"}:
                parts.append(output_block(data["text/plain"]))
            else:
                raise NotebookError(f"{where}: 扱えない出力の種類です: {output.output_type} {sorted(data)}")
        if stdout:
            parts.append(output_block(stdout))
    result.files[f"{stem}.ipynb"] = nbformat.writes(_joined_streams(notebook)).encode("utf-8")
    result.markdown = "\n\n".join(parts) + "\n"
    return result
