"""snippets/ のすべてのスニペットと docs/notebooks/ のノートブックを、デバイスごとに実行して出力を確かめる。"""

import importlib.util

import harness
import pytest

# ノートブックだけが使うパッケージ (ネットワークの無い GPU マシンには無いことがある)
NOTEBOOK_PACKAGES = ("matplotlib", "sklearn")


@pytest.mark.parametrize("snippet", harness.scripts(), ids=lambda p: harness.rel(p))
def test_snippet(snippet, device, cuda_available, snippet_run, record_pass):
    if device == "cuda" and not cuda_available:
        pytest.skip("CUDA が使えないためスキップ (torch.cuda.is_available() が False)")
    missing = [m for m in NOTEBOOK_PACKAGES if harness.is_notebook(snippet) and not importlib.util.find_spec(m)]
    if missing:
        pytest.skip(f"ノートブックに要るパッケージがありません: {', '.join(missing)}")
    problem = harness.check(snippet, device, snippet_run(snippet, device))
    assert problem is None, problem
    record_pass(snippet, device)
