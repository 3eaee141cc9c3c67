"""ランナー (pipeline/run.py) と記録 (pipeline/records.py) 自身のテスト。

- わざと壊したスニペット (tests/fixtures/broken/snippets) が、正しい理由でファイル名を示して失敗する
- 正しいスニペット (tests/fixtures/snippets) の出力が、宣言した警告や子プロセスの出力を含めて、端末と同じ順で
  golden に入る
- わざと壊したノートブック (tests/fixtures/broken_notebooks) で、ページのビルドが失敗する
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import passes, records
from pipeline import run as harness
from pipeline.output import close_enough, comparable, normalise_cuda
from pipeline.snippet import KIND, ROOT, Snippet, SnippetError, discover

CPU = KIND["cpu"]

FIXTURES = Path(__file__).parent / "fixtures"
BROKEN = FIXTURES / "broken" / "snippets"
GOOD = FIXTURES / "snippets"


def run_and_check(folder: Path, name: str) -> str | None:
    snippet = Snippet.find(name, folder)
    return harness.check(snippet, CPU, harness.run(snippet))


def test_stale_output_names_the_file():
    problem = run_and_check(BROKEN, "stale")
    assert problem and problem.startswith("tests/fixtures/broken/snippets/stale.out: cpu の出力が")
    assert "-3" in problem and "+2" in problem


def test_raising_snippet_names_the_file():
    problem = run_and_check(BROKEN, "raises")
    assert problem and problem.startswith("tests/fixtures/broken/snippets/raises.py: cpu で実行に失敗しました")
    assert "ValueError: わざと失敗するスニペット" in problem


def test_undeclared_warning_names_the_file():
    problem = run_and_check(BROKEN, "warns")
    assert problem and problem.startswith("tests/fixtures/broken/snippets/warns.py: cpu で宣言していない警告")
    assert "tests/fixtures/broken/snippets/warns.py:3: DeprecationWarning: 古い API です" in problem


def test_declared_warning_that_never_comes_names_the_file():
    problem = run_and_check(BROKEN, "declared_missing")
    assert problem == "tests/fixtures/broken/snippets/declared_missing.py: 宣言した警告 UserWarning が出ませんでした"


def test_unknown_output_check_value_names_the_file():
    with pytest.raises(
        SnippetError, match=r"^tests/fixtures/broken/snippets/declarations.toml: \[unknown_check\] output-check の値"
    ):
        Snippet.find("unknown_check", BROKEN).check  # noqa: B018


def test_declared_warning_is_shown_as_python_prints_it():
    snippet = Snippet.find("shows_warning", GOOD)
    result = harness.run(snippet)
    assert harness.problems(snippet, "cpu", result) is None, result.output
    assert result.output == (
        "警告の前\n"
        "tests/fixtures/snippets/shows_warning.py:4: UserWarning: 見せたい警告です\n"
        '  warnings.warn("見せたい警告です", UserWarning, stacklevel=1)\n'
        "警告のあと\n"
    )


@pytest.mark.parametrize("method", harness.METHODS)
def test_child_process_output_is_captured_in_order(method: str):
    snippet = Snippet.find("children", GOOD)
    result = harness.run(snippet, method=method)
    assert harness.problems(snippet, "cpu", result) is None, result.output
    assert result.output == (
        "親プロセス\n"
        "subprocess の子プロセス\n"
        "spawn の子プロセス からこんにちは\n"
        "親プロセスに戻りました tests/fixtures/snippets/children.py\n"
    )


def test_update_writes_the_golden_that_check_then_accepts(tmp_path: Path):
    """--update-outputs は比べるときと同じ実行結果を書く。書いたあとの check は通る。"""
    (tmp_path / "shows_warning.py").write_bytes((GOOD / "shows_warning.py").read_bytes())
    (tmp_path / "declarations.toml").write_bytes((GOOD / "declarations.toml").read_bytes())
    snippet = Snippet.find("shows_warning", tmp_path)
    assert harness.check(snippet, CPU, harness.run(snippet)).endswith("がありません (`nox -s outputs` で作れます)")
    assert harness.update(snippet, CPU, harness.run(snippet)) is None
    assert "UserWarning: 見せたい警告です" in snippet.golden().read_text(encoding="utf-8")
    assert harness.check(snippet, CPU, harness.run(snippet)) is None


@pytest.mark.parametrize("method", harness.METHODS)
def test_snippet_cannot_import_project_code(method: str):
    """読者の `python x.py` と同じく、リポジトリのルートは sys.path に無く、pipeline などは読み込まれていない。"""
    snippet = Snippet.find("imports_project", BROKEN)
    problem = harness.check(snippet, CPU, harness.run(snippet, method=method))
    assert problem and problem.startswith("tests/fixtures/broken/snippets/imports_project.py: cpu で実行に失敗しました")
    assert "ModuleNotFoundError: No module named 'pipeline'" in problem


def test_partial_run_keeps_the_entries_it_did_not_run(tmp_path: Path):
    """一部だけの実行 (--snippet、-k) は、同じ環境の記録に足すだけで、ほかのスニペットの項目を消さない。"""
    env = {"torch": "2.13.0+cpu", "os": "Linux", "machine": "x86_64", "python": "3.11.7", "cores": 2}
    path = tmp_path / "cpu.json"
    records.merge(path, records.header("cpu", env), {"snippets/a.py": {"hash": "1"}, "snippets/b.py": {"hash": "2"}})
    merged = records.merge(path, records.header("cpu", env), {"snippets/b.py": {"hash": "3"}})
    assert merged["snippets"] == {"snippets/a.py": {"hash": "1"}, "snippets/b.py": {"hash": "3"}}
    other = records.merge(path, records.header("cpu", {**env, "torch": "2.15.0"}), {"snippets/b.py": {"hash": "3"}})
    assert other["snippets"] == {"snippets/b.py": {"hash": "3"}}, "別の環境の記録は新しく始める"


def test_line_numbers_in_library_locations_are_not_compared():
    a = "x.py:3: UserWarning: w (Triggered internally at .../aten/src/ATen/core/TensorBody.h:493.)\n"
    b = a.replace(":493", ":488")
    assert comparable(a) == comparable(b) and "x.py:3:" in comparable(a)
    assert comparable("W1129 19:57:10.493000 29319 a.py:178] m") == comparable("W1207 01:02:03.000001 7 a.py:180] m")
    c10 = "[rank0]:[W1207 22:22:50.235918552 ProcessGroup.hpp:1006] Warning: m"
    assert comparable(c10) == comparable("[rank0]:[W1208 01:02:03.000000001 ProcessGroup.hpp:1010] Warning: m")
    busy = "listen on any local network address. port: 48021, useIpv6: false, code: -98"
    assert comparable(busy) == comparable(busy.replace("48021", "33431")) != comparable(busy.replace("-98", "-48"))


def test_declaration_on_the_page_names_the_page():
    """copy_paste は、テストの宣言がページのコードに載っていれば、ページとスニペットを示して失敗する。"""
    pytest.importorskip("bs4")
    from sitecheck.copy_paste import extract

    _, problems = extract(FIXTURES / "site")
    assert any(
        p.startswith("/tensor/create/: snippets/tensor/create_from_list.py のコードにテストの宣言が載っています")
        for p in problems
    ), problems
    assert any("のコードがファイルと違います" in p for p in problems), problems


def test_cuda_output_is_compared_after_normalising():
    cpu = "tensor([[0.1234, 1.0000]])\ncpu\n"
    cuda = "tensor([[0.1235, 1.0000]], device='cuda:0')\ncuda:0\n"
    assert close_enough(cpu, normalise_cuda(cuda))
    assert not close_enough(cpu, normalise_cuda(cuda.replace("0.1235", "0.2235")))


def test_snippet_runs_as_script_and_as_module():
    """読者と同じく `python snippets/...py` と `python -m snippets....` で実行できる。"""
    snippet = next(s for s in discover() if s.check == "all" and not s.expected_warnings)
    module = ".".join(snippet.path.relative_to(ROOT).with_suffix("").parts)
    expected = snippet.golden().read_text(encoding="utf-8")
    env = {**os.environ, "CUDA_VISIBLE_DEVICES": ""}
    for args in ([snippet.rel], ["-m", module]):
        done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        assert done.stdout == expected, args


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("writes_stderr", "1 番目のセル が標準エラーに書きました"),
        ("figure_without_alt", "1 番目のセル: 図の説明がありません"),
        ("raises", "ValueError: わざと失敗するセル"),
    ],
)
def test_broken_notebook_fails_the_build_naming_the_file(name: str, message: str):
    pytest.importorskip("nbclient")
    from pipeline.notebook import NotebookError, render

    source = FIXTURES / "broken_notebooks" / f"{name}.py"
    with pytest.raises(NotebookError) as failure:
        render(source)
    assert str(failure.value).startswith(f"tests/fixtures/broken_notebooks/{name}.py: ")
    assert message in str(failure.value)


def test_unchanged_pass_is_reused_and_said_so(tmp_path: Path):
    """手元の合格の記録: 2 回目は実行せずに件数を表示し、--all ならまた実行する。"""

    def pytest_run(*extra: str) -> str:
        args = ["-m", "pytest", "tests/test_snippets.py", "--snippet", "snippets/tensor/create_from_list.py"]
        args += ["--report-dir", str(tmp_path), "-p", "no:cacheprovider", *extra]
        done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    assert "1 passed" in pytest_run()
    again = pytest_run()
    assert "1 件は前回から変わっていないので実行せず" in again and "1 passed" not in again
    assert "1 passed" in pytest_run("--all")


def test_pass_is_forgotten_when_code_golden_or_declaration_changes(tmp_path: Path):
    (tmp_path / "shows_warning.py").write_bytes((GOOD / "shows_warning.py").read_bytes())
    (tmp_path / "declarations.toml").write_bytes((GOOD / "declarations.toml").read_bytes())
    snippet = Snippet.find("shows_warning", tmp_path)
    keys = set()
    for path, text in [
        (None, None),
        (tmp_path / "shows_warning.out", "出力\n"),
        (tmp_path / "shows_warning.newest.out", "別の版の出力\n"),
        (tmp_path / "declarations.toml", "[shows_warning]\nexpect-warning = []\n"),
        (tmp_path / "shows_warning.py", "print(1)\n"),
    ]:
        if path:
            path.write_text(text, encoding="utf-8")
        keys.add(passes.key("id", passes.snippet_inputs(snippet), "runner"))
    assert len(keys) == 5
    assert passes.environment("fork") != passes.environment("spawn")


def test_links_finds_what_the_strict_build_cannot_see(tmp_path: Path):
    """mkdocs build --strict は Markdown のリンクとアンカーを確かめるが、HTML に直接書いたもの (マクロの出す
    GPU の印、図、ノートブックのダウンロード) は見ない。それを見つけるのが nox -s links (LinkChecker)。"""
    site = tmp_path / "site"
    config = FIXTURES / "links" / "mkdocs.yml"
    build = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "-d", str(site)]
    built = subprocess.run(build, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    done = subprocess.run(
        [sys.executable, "-m", "sitecheck.links", str(site)], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "index.html:" in done.stdout and "other/#gone → Anchor `gone' (decoded: `gone') not found" in done.stdout
    assert "missing.svg → 404 File not found" in done.stdout


def test_downloaded_notebook_has_stable_cell_ids_and_a_kernel():
    """ダウンロードする .ipynb は、ビルドのたびに同じセルの id を持ち、カーネル (python3) を指定している。"""
    from pipeline.notebook import read

    source = ROOT / "docs" / "notebooks" / "digits.py"
    first, second = read(source), read(source)
    assert [cell.id for cell in first.cells] == [cell.id for cell in second.cells]
    assert first.cells[0].id == "digits-1"
    assert first.metadata["kernelspec"]["name"] == "python3"
    assert "jupytext" not in first.metadata
