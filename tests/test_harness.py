"""ハーネス自身のテスト: わざと壊したスニペットとページ (tests/fixtures/broken) が
正しい理由で、ファイル名を示して失敗することを確かめる。"""

import os
import subprocess
import sys
from pathlib import Path

import harness
import pytest

BROKEN = Path(__file__).parent / "fixtures" / "broken"


def run_and_check(name: str) -> str | None:
    snippet = BROKEN / "snippets" / name
    return harness.check(snippet, "cpu", harness.run(snippet))


def test_stale_output_names_the_file():
    problem = run_and_check("stale.py")
    assert problem and "fixtures/broken/snippets/stale.out" in problem
    assert "-3" in problem and "+2" in problem


def test_raising_snippet_names_the_file():
    problem = run_and_check("raises.py")
    assert problem and "fixtures/broken/snippets/raises.py" in problem
    assert "ValueError: わざと失敗するスニペット" in problem


def test_escaping_warning_names_the_file():
    problem = run_and_check("warns.py")
    assert problem and "fixtures/broken/snippets/warns.py" in problem
    assert "DeprecationWarning: 古い API です" in problem


@pytest.fixture(scope="module")
def page_problems() -> list[str]:
    return harness.check_pages(BROKEN / "docs", BROKEN / "snippets", BROKEN)


def test_orphan_snippet_names_the_file(page_problems):
    assert "snippets/orphan.py: どのページからも読み込まれていません" in page_problems


def test_missing_include_names_the_file(page_problems):
    assert any(p.startswith("docs/page.md:16: 読み込み先 snippets/missing.py がありません") for p in page_problems)


def test_uncollected_python_fence_names_the_file(page_problems):
    assert any(p.startswith("docs/page.md:19: ```py ") for p in page_problems)


def test_broken_fixture_has_no_other_page_problems(page_problems):
    assert len(page_problems) == 3, page_problems


def test_cuda_output_is_compared_after_normalising():
    cpu = "tensor([[0.1234, 1.0000]])\ncpu\n"
    cuda = "tensor([[0.1235, 1.0000]], device='cuda:0')\ncuda:0\n"
    assert harness._close_enough(cpu, harness.normalise_cuda(cuda))
    assert not harness._close_enough(cpu, harness.normalise_cuda(cuda.replace("0.1235", "0.2235")))


def test_snippet_runs_as_script_and_as_module():
    """読者と同じく `python snippets/...py` と `python -m snippets....` で実行できる。"""
    snippet = next(p for p in harness.discover() if harness.output_check(p) == "all")
    module = ".".join(snippet.relative_to(harness.ROOT).with_suffix("").parts)
    expected = harness.golden(snippet).read_text(encoding="utf-8")
    env = {**os.environ, "CUDA_VISIBLE_DEVICES": ""}
    for args in ([str(snippet.relative_to(harness.ROOT))], ["-m", module]):
        done = subprocess.run(
            [sys.executable, *args], cwd=harness.ROOT, env=env, capture_output=True, text=True, check=True
        )
        assert done.stdout == expected, args
