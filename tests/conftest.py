"""pytest の設定: デバイスの選択、スニペットの並列実行、golden の書き直し、実行結果の記録。

    pytest tests                          # CPU と、CUDA が使えれば CUDA でも
    pytest tests --device cuda            # CUDA だけ (CUDA が無ければ使い方の誤りとして終わる)
    pytest tests/test_snippets.py --update-outputs --snippet snippets/tensor/create_from_list.py

記録: デバイスごとに report/tested-with-<device>.json (torch と CUDA のバージョン、GPU の名前、日付、
合格したスニペットとその内容のハッシュ)。サイトの「動作確認」の枠はこれから作る (pipeline/macros.py)。
実行時間は report/timings-<device>.json に残し、ベンチマーク (nox -s bench) が読む。
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import harness
import pytest

from pipeline.snippet import ROOT, Snippet, discover, notebooks

DEVICES = ("cpu", "cuda")
REPORT_DIR = ROOT / "report"

# わざと壊したページとスニペット (test_harness.py が使う) は集めない。
# ビルド済みのサイトのテスト (tests/site) は playwright の入った nox -s e2e だけで実行する
collect_ignore = ["fixtures", "site"]

# 合格したスニペット: {device: {snippet の相対パス: 内容のハッシュ}}。セッションの最後に report/ へ書き出す
PASSED: dict[str, dict[str, str]] = {}
ENVIRONMENT: dict = {}
# ベンチマーク (nox -s bench) 用の実行時間
# {device: {"start": 投入した時刻, "end": 最後に終わった時刻, "snippets": {相対パス: 秒}}}
TIMINGS: dict[str, dict] = {}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--device",
        default=None,
        help="スニペットを実行するデバイス (カンマ区切り)。既定は cpu と、CUDA が使えれば cuda。"
        "cuda を指定して CUDA が使えなければ使い方の誤り",
    )
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="出力を比べる代わりに golden (.out、CUDA で違うときは .cuda.out) に書く",
    )
    parser.addoption(
        "--snippet",
        action="append",
        default=[],
        metavar="PATH",
        help="このスニペットだけを実行する (何度でも指定できる)",
    )


def _environment() -> dict:
    if not ENVIRONMENT:
        ENVIRONMENT.update(harness.environment())
        ENVIRONMENT["python"] = platform.python_version()
        ENVIRONMENT["platform"] = f"{platform.system()} {platform.machine()}"
    return ENVIRONMENT


def devices(config: pytest.Config) -> list[str]:
    option = config.getoption("device")
    if option is None:
        return ["cpu", "cuda"] if _environment()["cuda_available"] else ["cpu"]
    chosen = [d.strip() for d in option.split(",") if d.strip()]
    unknown = set(chosen) - set(DEVICES)
    if unknown:
        raise pytest.UsageError(f"--device に使えるのは {', '.join(DEVICES)} です: {', '.join(sorted(unknown))}")
    if "cuda" in chosen and not _environment()["cuda_available"]:
        raise pytest.UsageError(
            "--device cuda が指定されましたが、CUDA が使えません (torch.cuda.is_available() が False)"
        )
    return chosen


def scripts(config: pytest.Config) -> list[Snippet]:
    """実行するスクリプト。時間のかかるノートブックを先に並べる。"""
    every = notebooks() + discover()
    wanted = {Path(p).resolve() for p in config.getoption("snippet")}
    if not wanted:
        return every
    chosen = [s for s in every if s.path.resolve() in wanted]
    missing = wanted - {s.path.resolve() for s in chosen}
    if missing:
        raise pytest.UsageError(f"--snippet: スニペットではありません: {', '.join(map(str, sorted(missing)))}")
    return chosen


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "snippet" in metafunc.fixturenames:
        chosen = scripts(metafunc.config)
        metafunc.parametrize("snippet", chosen, ids=[s.rel for s in chosen])
    if "device" in metafunc.fixturenames:
        metafunc.parametrize("device", devices(metafunc.config))


@pytest.fixture(scope="session")
def updating(pytestconfig: pytest.Config) -> bool:
    return pytestconfig.getoption("update_outputs")


@pytest.fixture(scope="session")
def snippet_run(request: pytest.FixtureRequest):
    """収集されたスニペットのテストを最初にまとめて投入し、コア数ぶん並列に実行する。"""
    pool = ThreadPoolExecutor(os.cpu_count() or 1)
    jobs: dict[tuple[Path, str], Future] = {}

    def timed(snippet: Snippet, device: str) -> harness.Run:
        result = harness.run(snippet, device)
        timing = TIMINGS[device]
        timing["snippets"][snippet.rel] = round(result.seconds, 3)
        timing["end"] = time.perf_counter()
        return result

    for item in request.session.items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if isinstance(params.get("snippet"), Snippet) and params.get("device") in DEVICES:
            key = (params["snippet"].path, params["device"])
            if key not in jobs:
                TIMINGS.setdefault(params["device"], {"start": time.perf_counter(), "snippets": {}})
                jobs[key] = pool.submit(timed, params["snippet"], params["device"])
    yield lambda snippet, device: jobs[(snippet.path, device)].result()
    pool.shutdown(cancel_futures=True)


@pytest.fixture
def record_pass():
    def record(snippet: Snippet, device: str) -> None:
        PASSED.setdefault(device, {})[snippet.rel] = snippet.hash

    return record


def pytest_sessionfinish(session: pytest.Session) -> None:
    """テストしたデバイスごとに、合格したスニペット (と内容のハッシュ) と実行環境を書き出す。"""
    for device, passed in PASSED.items():
        env = _environment()
        report = {
            "device": device,
            "torch": env["torch"],
            "cuda": env["cuda"] if device == "cuda" else None,
            "gpu": env["gpu"] if device == "cuda" else None,
            "python": env["python"],
            "platform": env["platform"],
            "date": datetime.date.today().isoformat(),
            "passed": dict(sorted(passed.items())),
        }
        REPORT_DIR.mkdir(exist_ok=True)
        (REPORT_DIR / f"tested-with-{device}.json").write_text(
            json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    for device, timing in TIMINGS.items():
        if "end" in timing:
            record = {"wall_s": round(timing["end"] - timing["start"], 3), "jobs": os.cpu_count(), **timing}
            del record["start"], record["end"]
            (REPORT_DIR / f"timings-{device}.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
