"""pytest の設定: `--device` オプション、スニペットの並列実行、実行結果の記録 (report/tested-with-<device>.json)。"""

from __future__ import annotations

import datetime
import json
import os
import platform
from concurrent.futures import Future, ThreadPoolExecutor

import harness
import pytest

DEVICES = ("cpu", "cuda")

# わざと壊したページとスニペット (test_harness.py が使う) は pytest-codeblocks に集めさせない。
# ブラウザのテスト (e2e) は playwright の入った nox -s e2e だけで実行する
collect_ignore = ["fixtures", "site"]

# 合格したスニペット: {device: [snippet の相対パス, ...]}。セッションの最後に report/ へ書き出し、
# サイトのビルド (hooks/tested_with.py) が各ページの「動作確認」の表示に使う
PASSED: dict[str, list[str]] = {}
ENVIRONMENT: dict = {}
REPORT_DIR = harness.ROOT / "report"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--device",
        default="cpu,cuda",
        help="スニペットを実行するデバイス (カンマ区切り、既定: cpu,cuda。CUDA が無ければ cuda はスキップ)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "device" in metafunc.fixturenames:
        devices = [d.strip() for d in metafunc.config.getoption("device").split(",") if d.strip()]
        unknown = set(devices) - set(DEVICES)
        if unknown:
            raise pytest.UsageError(f"--device に使えるのは {', '.join(DEVICES)} です: {', '.join(sorted(unknown))}")
        metafunc.parametrize("device", devices)


@pytest.fixture(scope="session")
def environment() -> dict:
    ENVIRONMENT.update(harness.environment())
    ENVIRONMENT["python"] = platform.python_version()
    ENVIRONMENT["platform"] = f"{platform.system()} {platform.machine()}"
    return ENVIRONMENT


@pytest.fixture(scope="session")
def cuda_available(environment: dict) -> bool:
    return environment["cuda_available"]


@pytest.fixture
def record_pass():
    return lambda snippet, device: PASSED.setdefault(device, []).append(harness.rel(snippet))


def pytest_sessionfinish(session: pytest.Session) -> None:
    """テストしたデバイスごとに、合格したスニペットの一覧と実行環境を書き出す。"""
    for device, snippets in PASSED.items():
        report = {
            "device": device,
            "torch": ENVIRONMENT["torch"],
            "python": ENVIRONMENT["python"],
            "platform": ENVIRONMENT["platform"],
            "gpu": ENVIRONMENT["gpu"] if device == "cuda" else None,
            "date": datetime.date.today().isoformat(),
            "passed": sorted(snippets),
        }
        REPORT_DIR.mkdir(exist_ok=True)
        (REPORT_DIR / f"tested-with-{device}.json").write_text(
            json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8"
        )


@pytest.fixture(scope="session")
def snippet_run(request: pytest.FixtureRequest, cuda_available: bool):
    """収集されたスニペットのテストを最初にまとめて投入し、コア数ぶん並列に実行する。"""
    pool = ThreadPoolExecutor(os.cpu_count() or 1)
    jobs: dict[tuple[str, str], Future] = {}
    for item in request.session.items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if "snippet" in params and params.get("device") in DEVICES:
            if params["device"] == "cuda" and not cuda_available:
                continue
            key = (str(params["snippet"]), params["device"])
            if key not in jobs:
                jobs[key] = pool.submit(harness.run, params["snippet"], params["device"])
    yield lambda snippet, device: jobs[(str(snippet), device)].result()
    pool.shutdown(cancel_futures=True)
