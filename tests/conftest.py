"""pytest の設定: `--device` オプションと、スニペットの並列実行。"""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor

import harness
import pytest

DEVICES = ("cpu", "cuda")

# わざと壊したページとスニペット (test_harness.py が使う) は pytest-codeblocks に集めさせない
collect_ignore = ["fixtures"]


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
def cuda_available(request: pytest.FixtureRequest) -> bool:
    return harness.cuda_available()


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
