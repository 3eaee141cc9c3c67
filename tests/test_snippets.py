"""snippets/ のすべてのスニペットと docs/notebooks/ のノートブックを、デバイスごとに実行して出力を確かめる。

`--update-outputs` のときは、比べる代わりに同じ実行結果を golden に書く (tests/harness.py)。
"""

import importlib.util

import harness
import pytest

# ノートブックだけが使うパッケージ (ネットワークの無い GPU マシンには無いことがある)
NOTEBOOK_PACKAGES = ("matplotlib", "sklearn")


def test_snippet(snippet, device, snippet_run, record_pass, updating):
    missing = [m for m in NOTEBOOK_PACKAGES if snippet.is_notebook and not importlib.util.find_spec(m)]
    if missing:
        pytest.skip(f"ノートブックに要るパッケージがありません: {', '.join(missing)}")
    result = snippet_run(snippet, device)
    problem = (harness.update if updating else harness.check)(snippet, device, result)
    assert problem is None, problem
    record_pass(snippet, device)
