"""snippets/ のすべてのスニペットを、デバイスごとに実行して出力を確かめる。"""

import harness
import pytest


@pytest.mark.parametrize("snippet", harness.discover(), ids=lambda p: harness.rel(p, harness.SNIPPETS))
def test_snippet(snippet, device, cuda_available, snippet_run):
    if device == "cuda" and not cuda_available:
        pytest.skip("CUDA が使えないためスキップ (torch.cuda.is_available() が False)")
    problem = harness.check(snippet, device, snippet_run(snippet, device))
    assert problem is None, problem
