"""手元の合格の記録 (report/passes/<環境>.json): 変わっていないテストを、手元の 2 回目から実行し直さない。

テスト 1 件ごとに、結果を左右する入力のハッシュ (鍵) を作り、合格したときの鍵を記録する。次の実行で鍵が
同じなら、そのテストは実行せずに前回の合格を使う (pytest の deselected に数え、件数を表示する)。

- 環境: インストール済みのパッケージの名前と版の一覧、Python の版、OS、起動の方式 (fork / spawn)。
  環境ごとに別のファイルにするので、nox -s tests と nox -s newest の記録は互いを消さない。
- ランナー: pipeline/ と tests/ の Python のファイル、pyproject.toml。変われば、すべてのテストを実行し直す。
- テストごとの入力:
  スニペットとノートブック: そのファイル、golden (<名前>.out と <名前>.<種類>.out)、章の declarations.toml、
  コミットした記録のうちそのスニペットの項目。
  ランナー自身のテスト (tests/test_harness.py): わざと壊した例 (tests/fixtures/)。
  ページに直接書いた例 (pytest-codeblocks): その Markdown のファイル。
  ほかのテスト (tests/test_pages.py: ページ、スニペット、記録の全体の対応を 1 秒ほどで見る) は毎回実行する。

記録は report/ にだけあり、コミットしない。新しい写し (CI、README のコマンド) には記録が無いので、すべてを
実行する。コミットした記録 (snippets/records/) で飛ばすことはない。
"""

from __future__ import annotations

import hashlib
import json
import platform
import sys
from functools import cache
from importlib import metadata
from pathlib import Path

import pytest

from pipeline.snippet import DECLARATIONS, RECORDS, ROOT, Snippet, rel

RUNNER_FILES = ("pipeline/*.py", "tests/*.py", "pyproject.toml")
FIXTURES = "tests/fixtures"


def _digest(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode() if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()[:16]


def _files(paths: list[Path]) -> list[bytes | str]:
    return [x for p in sorted(paths) if p.is_file() for x in (rel(p), p.read_bytes())]


def environment(method: str) -> str:
    """インストール済みのパッケージ、Python、OS、起動の方式のハッシュ。"""
    installed = sorted({f"{d.metadata['Name']}=={d.version}".lower() for d in metadata.distributions()})
    return _digest(*installed, sys.version, platform.platform(), method)


def runner() -> str:
    """テストの決まりを作るコード (pipeline/、tests/ の Python、pyproject.toml) のハッシュ。"""
    return _digest(*_files([p for pattern in RUNNER_FILES for p in ROOT.glob(pattern)]))


def snippet_inputs(snippet: Snippet) -> list[bytes | str]:
    """スニペットの結果を左右するファイル: 本体、golden、章の宣言、コミットした記録のその項目。"""
    goldens = list(snippet.path.parent.glob(f"{snippet.path.stem}.out"))
    goldens += snippet.path.parent.glob(f"{snippet.path.stem}.*.out")
    committed = [f"{name}:{json.dumps(entries.get(snippet.rel), sort_keys=True)}" for name, entries in _committed()]
    return [*_files([snippet.path, *goldens, snippet.path.parent / DECLARATIONS]), *committed]


@cache
def _committed() -> tuple[tuple[str, dict], ...]:
    return tuple(
        (path.name, json.loads(path.read_text(encoding="utf-8"))["snippets"]) for path in sorted(RECORDS.glob("*.json"))
    )


@cache
def fixture_inputs() -> list[bytes | str]:
    return _files([p for p in (ROOT / FIXTURES).rglob("*") if "__pycache__" not in p.parts])


def key(nodeid: str, inputs: list[bytes | str], runner_digest: str) -> str:
    return _digest(nodeid, runner_digest, *inputs)


def inputs(item: pytest.Item) -> list[bytes | str] | None:
    """テスト 1 件の入力。None なら毎回実行する。"""
    snippet = getattr(getattr(item, "callspec", None), "params", {}).get("snippet")
    if isinstance(snippet, Snippet):
        return snippet_inputs(snippet)
    if item.path.name == "test_harness.py":
        return fixture_inputs()
    if item.path.suffix == ".md":
        return _files([item.path])
    return None


class Reuse:
    """pytest のプラグイン。収集のあとで鍵の同じテストを外し、終わったら合格したテストの鍵を記録する。

    記録を読まない (すべて実行する) のは --all、--update-outputs、--save-outputs のとき。--all の実行は記録を
    書き、書き直しの実行は書かない (次の比べる実行で 1 度確かめる)。
    """

    def __init__(self, path: Path, method: str, read: bool, write: bool) -> None:
        self.path = path / "passes" / f"{environment(method)}.json"
        self.read, self.write = read, write
        self.keys: dict[str, str] = {}
        self.failed: set[str] = set()
        self.passed: set[str] = set()
        self.reused = 0

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, config: pytest.Config, items: list[pytest.Item]) -> None:
        if not self.write:
            return
        before = self._load() if self.read else {}
        runner_digest = runner()
        keep, reused = [], []
        for item in items:
            found = inputs(item)
            if found is not None:
                self.keys[item.nodeid] = key(item.nodeid, found, runner_digest)
            (reused if before.get(item.nodeid, "-") == self.keys.get(item.nodeid) else keep).append(item)
        if reused:
            config.hook.pytest_deselected(items=reused)
            items[:] = keep
        self.reused = len(reused)

    def pytest_report_collectionfinish(self, config: pytest.Config) -> str:
        return self.summary()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.failed or report.skipped:
            self.failed.add(report.nodeid)
        elif report.when == "call":
            self.passed.add(report.nodeid)

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        if exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED and self.reused:
            session.exitstatus = pytest.ExitCode.OK  # 全部が前回の合格なら、実行したものが無くても成功
        if not self.write or not self.keys:
            return
        passes = self._load()
        for nodeid in self.passed | self.failed:
            passes.pop(nodeid, None)
            if nodeid in self.passed - self.failed and nodeid in self.keys:
                passes[nodeid] = self.keys[nodeid]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(dict(sorted(passes.items())), indent=0) + "\n", encoding="utf-8")

    def pytest_terminal_summary(self, terminalreporter) -> None:
        terminalreporter.write_line(self.summary())

    def summary(self) -> str:
        if not self.read:
            return "手元の合格の記録: 使わずにすべて実行します"
        where = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path
        return (
            f"手元の合格の記録 ({where}): {self.reused} 件は前回から変わっていないので実行せず、前回の合格を使いました"
            " (deselected に含む。すべて実行するには --all)"
        )

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return {}
