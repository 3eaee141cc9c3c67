"""実行の記録。1 つの記録は、1 つの環境 (出力の種類、torch の版、ビルド、OS、Python、日付) でスニペットを
実行した結果で、スニペットごとに内容のハッシュと、出力のハッシュ (pipeline/output.py の digest()) を持つ。

- snippets/records/<種類>.json: コミットする記録。サイトのタブの名前、出力の下の「どこで表示されたか」の 1 行、
  「動作確認」の枠、「バージョンによる違い」のページは、この記録から作る。`--update-outputs` の実行が書く。
- report/records/<種類>.json: 手元の記録 (コミットしない)。テストのたびに書く。

一部だけの実行 (`--snippet`、`-k`) は、同じ環境の記録に結果を足すだけで、実行しなかったスニペットの項目は
消さない。環境が変わったとき (torch の版、ビルド、OS、GPU) だけ、記録を新しく始める。
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from pipeline.snippet import BUILD_NAMES, KIND, RECORDS, rel

# これが同じなら同じ環境 (記録に足す)。違えば記録を新しく始める
IDENTITY = ("kind", "torch", "build", "os", "machine", "gpu")
# 環境の項目 (pipeline/run.py の environment() から)
# cpu_capability は torch が使う CPU の命令セット (AVX2、AVX512 など)。畳み込みなどの数値の丸めが変わることがある
FIELDS = ("torch", "cuda", "cudnn", "requires_python", "gpu", "python", "os", "machine", "cpu_capability", "cores")


class RecordError(ValueError):
    pass


def header(kind: str, env: dict) -> dict:
    """環境 env (pipeline/run.py の environment()) で種類 kind の出力を作った記録の、スニペット以外の項目。"""
    fields = {name: env.get(name) for name in FIELDS}
    if KIND[kind].device != "cuda":
        fields["gpu"] = None
    return {"kind": kind, "build": KIND[kind].build, **fields, "date": datetime.date.today().isoformat()}


def load(path: Path) -> dict | None:
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise RecordError(f"{rel(path)}: JSON として読めません: {e}") from e


def merge(path: Path, head: dict, entries: dict[str, dict]) -> dict:
    """記録 path に entries ({スニペットの相対パス: {"hash", "output"}}) を足して書く。同じ環境なら前の項目を残す。"""
    old = load(path)
    same = old is not None and all(old.get(k) == head.get(k) for k in IDENTITY)
    snippets = dict(old["snippets"]) if same else {}
    snippets.update(entries)
    record = {**head, "snippets": dict(sorted(snippets.items()))}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return record


def committed() -> dict[str, dict]:
    """コミットした記録 {種類: 記録}。"""
    found = {}
    for kind in KIND:
        record = load(RECORDS / f"{kind}.json")
        if record is not None:
            found[kind] = record
    return found


def version(record: dict) -> str:
    """表示する torch の版 ("2.13.0"。+cpu などのビルドの印は除く)。"""
    return record["torch"].split("+")[0]


def build_name(record: dict) -> str:
    """ビルドの短い名前: 「CPU 版」「CUDA 版」、GPU で実行したなら「GPU」。"""
    return "GPU" if KIND[record["kind"]].device == "cuda" else BUILD_NAMES[record["build"]]


def tab_name(record: dict) -> str:
    """出力のタブの名前 (390 px の画面に収まる長さ): 版とビルド (「2.13.0 CPU 版」)。"""
    return f"{version(record)} {build_name(record)}"


def place(record: dict) -> str:
    """出力を表示した環境の短い説明: 「torch 2.13.0 (CPU 版)」「torch 2.15.0 (CUDA 版、GPU なし)」など。"""
    build = BUILD_NAMES[record["build"]]
    if KIND[record["kind"]].device == "cuda":
        return f"torch {version(record)} ({build}、GPU {record['gpu']})"
    return f"torch {version(record)} ({build}{'、GPU なし' if record['build'] == 'cuda' else ''})"


def machine(record: dict) -> str:
    """記録したマシン: 「Linux x86_64 (AVX2)、2 コア、Python 3.11.7」。"""
    isa = f" ({record['cpu_capability']})" if record.get("cpu_capability") else ""
    return f"{record['os']} {record['machine']}{isa}、{record['cores']} コア、Python {record['python']}"


def facts(record: dict) -> dict:
    """ページの本文で使う、記録した torch の wheel の情報 (手で書かずに記録から引く)。

    version: "2.13.0"、local: "2.13.0+cpu"、tag: "+cpu"、cuda: "13.0" (CPU 版は None)、cudnn: "9.20.0"、
    cudnn_number: 92000 (torch.backends.cudnn.version())、requires_python: ">=3.10"、python_min: "3.10"。
    """
    cudnn = record.get("cudnn")
    requires = record.get("requires_python") or ""
    return {
        "version": version(record),
        "local": record["torch"],
        "tag": "+" + record["torch"].split("+")[1] if "+" in record["torch"] else "",
        "cuda": record.get("cuda"),
        "cudnn": f"{cudnn // 10000}.{cudnn // 100 % 100}.{cudnn % 100}" if cudnn else None,
        "cudnn_number": cudnn,
        "requires_python": record.get("requires_python"),
        "python_min": requires.removeprefix(">=") if requires.startswith(">=") else None,
    }
