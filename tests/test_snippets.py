"""snippets/ のすべてのスニペットと docs/notebooks/ のノートブックを実行して確かめる (tests/conftest.py を参照)。

- test_snippet: 見せるコードのまま、デバイスごとに実行して出力を golden と比べる (`--update-outputs` なら書く)。
  比べる実行では、コミットした記録 (snippets/records/) がこの環境のものなら、記録とも合うことを確かめる。
- test_default_device: 既定のデバイスを変えて実行し、失敗や宣言のない警告が無いことだけを確かめる
  (`--default-device` を指定したときだけ)。
"""

import ast
import importlib.util

import pytest

from pipeline import records, run
from pipeline.output import digest
from pipeline.snippet import RECORDS as COMMITTED
from pipeline.snippet import Snippet


def skip_without_packages(snippet: Snippet, device: str) -> None:
    """GPU のマシン (ネットワークが無く、入れられるパッケージが限られる) では、無いパッケージを使うスニペットを
    理由つきで外す。CPU では外さない (パッケージが無ければ失敗にする)。"""
    if device == "cpu":
        return
    tree = ast.parse(snippet.source)
    names = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    names |= {
        n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module and not n.level
    }
    missing = sorted(m for m in names if importlib.util.find_spec(m) is None)
    if missing:
        pytest.skip(f"このマシンに無いパッケージを使うため外します: {', '.join(missing)}")


def stale_record(kind: str, snippet: Snippet, result: run.Run) -> str | None:
    """コミットした記録がこの環境のもので、スニペットの内容か出力と合わなければ、その説明。"""
    committed = records.load(COMMITTED / f"{kind}.json")
    if committed is None or committed["torch"] != run.environment()["torch"]:
        return None
    entry = committed["snippets"].get(snippet.rel)
    fix = f"`nox -s outputs -- --snippet {snippet.rel}` で出力と記録を書き直せます"
    if entry is None:
        return f"snippets/records/{kind}.json: {snippet.rel} の記録がありません ({fix})"
    if entry["hash"] != snippet.hash:
        return f"snippets/records/{kind}.json: {snippet.rel} は記録のあとで変更されています ({fix})"
    if run.compared(snippet, run.KIND[kind]) and entry["output"] not in (None, digest(result.output)):
        return f"snippets/records/{kind}.json: {snippet.rel} の出力のハッシュが記録と違います ({fix})"
    return None


def test_snippet(snippet, device, snippet_run, record, updating):
    skip_without_packages(snippet, device)
    kind = run.kind_for(device)
    result = snippet_run(snippet, device)
    problem = (run.update if updating else run.check)(snippet, kind, result)
    assert problem is None, problem
    if not updating:
        problem = stale_record(kind.key, snippet, result)
        assert problem is None, problem
    record(kind.key, snippet, result)


def test_default_device(snippet, default_device, snippet_run, default_device_record):
    skip_without_packages(snippet, default_device)
    result = snippet_run(snippet, default_device, default_device)
    problem = run.problems(snippet, default_device, result)
    assert problem is None, problem
    default_device_record(default_device, snippet, result)
