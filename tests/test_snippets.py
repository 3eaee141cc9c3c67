"""snippets/ のすべてのスニペットと docs/notebooks/ のノートブックを実行して確かめる (tests/conftest.py を参照)。

- test_snippet: 見せるコードのまま、デバイスごとに実行して出力を golden と比べる (`--update-outputs` なら書く)。
- test_default_device: 既定のデバイスを変えて実行し、失敗や宣言のない警告が無いことだけを確かめる
  (`--default-device` を指定したときだけ)。
"""

import importlib.util

import harness
import pytest

# ノートブックだけが使うパッケージ (ネットワークの無い GPU マシンには無いことがある)
NOTEBOOK_PACKAGES = ("matplotlib", "sklearn")


def skip_notebook_without_packages(snippet):
    missing = [m for m in NOTEBOOK_PACKAGES if snippet.is_notebook and not importlib.util.find_spec(m)]
    if missing:
        pytest.skip(f"ノートブックに要るパッケージがありません: {', '.join(missing)}")


def test_snippet(snippet, device, build, snippet_run, record, updating):
    skip_notebook_without_packages(snippet)
    result = snippet_run(snippet, device)
    problem = (harness.update if updating else harness.check)(snippet, device, result, build)
    assert problem is None, problem
    extra = {"cuda_allocations": result.cuda_allocations} if device == "cuda" else {}
    record(device, snippet, **extra)


def test_default_device(snippet, default_device, snippet_run, record):
    skip_notebook_without_packages(snippet)
    if snippet.default_device_skip:
        pytest.skip(f"default-device: {snippet.default_device_skip}")
    result = snippet_run(snippet, default_device, default_device)
    problem = harness.problems(snippet, default_device, result)
    assert problem is None, problem
    record(f"default-{default_device}", snippet, cuda_allocations=result.cuda_allocations)
