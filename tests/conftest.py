"""pytest の設定: デバイスの選択、スニペットの並列実行、golden の書き直し、実行結果の記録。

    pytest tests                          # CPU と、CUDA が使えれば CUDA でも
    pytest tests --device cuda            # CUDA だけ (CUDA が無ければ使い方の誤りとして終わる)
    pytest tests/test_snippets.py --update-outputs --snippet snippets/tensor/create_from_list.py
    pytest tests/test_snippets.py --device cuda --default-device cuda   # GPU のマシンでの確認 (.ci/gpu)

GPU での確認は 2 つ:
- 見せるコードのまま GPU のマシンで実行する (test_snippet、--device cuda)。ページの GPU のタブに出せるのはこの出力だけ。
  デバイスを選ぶスニペットは、CUDA のメモリを実際に割り当てていなければ失敗にする。
- 既定のデバイスを GPU にして実行する (test_default_device、--default-device cuda)。演算が GPU のテンソルで
  動くことの確認で、出力は比べない (見せない)。`# default-device: skip (理由)` のスニペットは外す。
  CPU を代わりに使う (--default-device cpu) と、GPU のないマシンでも仕組みだけを確かめられる
  (nox -s tests は --default-device-sample で抜き取った数本でこれを行う)。

記録 (--report-dir、既定は report/):
- tested-with-<device>.json: torch と CUDA のバージョン、GPU の名前、日付、合格したスニペットと内容のハッシュ。
  GPU では、スニペットごとの CUDA の割り当ての回数と、既定のデバイスを変えた確認の結果も入る。
  サイトの「動作確認」の枠はこれから作る (pipeline/macros.py)。
- timings-<device>.json: 実行時間。ベンチマーク (nox -s bench) が読む。
- --save-outputs DIR: 実行した出力をすべて DIR/snippets/…/<名前>.<種類>.out に残す (GPU の出力を見比べ、
  CPU と違う理由のあるものを golden としてコミットするため)。
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

# わざと壊したページとスニペット (test_harness.py が使う) は集めない。
# ビルド済みのサイトのテスト (tests/site) は playwright の入った nox -s e2e だけで実行する
collect_ignore = ["fixtures", "site"]

ENVIRONMENT: dict = {}
# 記録: {"cpu": {...}, "cuda": {...}, "default-device": {...}}。セッションの最後に書き出す
RECORDS: dict[str, dict] = {}
# 実行時間: {device: {"start": 投入した時刻, "end": 最後に終わった時刻, "snippets": {相対パス: 秒}}}
TIMINGS: dict[str, dict] = {}


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("snippets", "スニペットの実行")
    group.addoption(
        "--device",
        default=None,
        help="見せるコードのまま実行するデバイス (カンマ区切り)。既定は cpu と、CUDA が使えれば cuda。"
        "cuda を指定して CUDA が使えなければ使い方の誤り",
    )
    group.addoption(
        "--default-device",
        default=None,
        choices=DEVICES,
        help="このデバイスを torch の既定のデバイスにしても動くかを確かめる (出力は比べない)",
    )
    group.addoption("--update-outputs", action="store_true", help="出力を比べる代わりに golden に書く")
    group.addoption("--snippet", action="append", default=[], metavar="PATH", help="このスニペットだけを実行する")
    group.addoption(
        "--default-device-sample",
        type=int,
        default=None,
        metavar="N",
        help="既定のデバイスを変える確認だけを、等間隔に選んだ N 本で行う (CPU を代わりに使うときの抜き取り)",
    )
    group.addoption("--report-dir", type=Path, default=ROOT / "report", help="記録を書く場所 (既定: report/)")
    group.addoption("--save-outputs", type=Path, default=None, metavar="DIR", help="実行した出力を DIR に残す")


def environment() -> dict:
    if not ENVIRONMENT:
        ENVIRONMENT.update(harness.environment())
        ENVIRONMENT["python"] = platform.python_version()
        ENVIRONMENT["platform"] = f"{platform.system()} {platform.machine()}"
        ENVIRONMENT["build"] = "cuda" if ENVIRONMENT["cuda"] else "cpu"
    return ENVIRONMENT


def devices(config: pytest.Config) -> list[str]:
    option = config.getoption("device")
    if option is None:
        return ["cpu", "cuda"] if environment()["cuda_available"] else ["cpu"]
    chosen = [d.strip() for d in option.split(",") if d.strip()]
    unknown = set(chosen) - set(DEVICES)
    if unknown:
        raise pytest.UsageError(f"--device に使えるのは {', '.join(DEVICES)} です: {', '.join(sorted(unknown))}")
    if "cuda" in chosen and not environment()["cuda_available"]:
        raise pytest.UsageError("--device cuda が指定されましたが、CUDA が使えません (torch.cuda.is_available())")
    return chosen


def scripts(config: pytest.Config) -> list[Snippet]:
    """実行するスクリプト。時間のかかるノートブックを先に並べる。"""
    every = notebooks() + discover()
    wanted = {Path(p).resolve() for p in config.getoption("snippet")}
    if wanted:
        chosen = [s for s in every if s.path.resolve() in wanted]
        missing = wanted - {s.path.resolve() for s in chosen}
        if missing:
            raise pytest.UsageError(f"--snippet: スニペットではありません: {', '.join(map(str, sorted(missing)))}")
        return chosen
    return every


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "snippet" in metafunc.fixturenames:
        chosen = scripts(metafunc.config)
        sample = metafunc.config.getoption("default_device_sample")
        if "default_device" in metafunc.fixturenames and sample:
            chosen = chosen[:: max(1, len(chosen) // sample)][:sample]
        metafunc.parametrize("snippet", chosen, ids=[s.rel for s in chosen])
    if "device" in metafunc.fixturenames:
        metafunc.parametrize("device", devices(metafunc.config))
    if "default_device" in metafunc.fixturenames:
        chosen = metafunc.config.getoption("default_device")
        if chosen == "cuda" and not environment()["cuda_available"]:
            raise pytest.UsageError("--default-device cuda が指定されましたが、CUDA が使えません")
        metafunc.parametrize("default_device", [chosen])


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """--default-device を指定しなければ、既定のデバイスを変える確認は集めない。"""
    if config.getoption("default_device") is None:
        dropped = [item for item in items if getattr(item, "originalname", "") == "test_default_device"]
        config.hook.pytest_deselected(items=dropped)
        items[:] = [item for item in items if item not in dropped]


@pytest.fixture(scope="session")
def build() -> str:
    """torch の種類: CUDA 版なら "cuda" (GPU が無くても)、CPU 版なら "cpu"。"""
    return environment()["build"]


@pytest.fixture(scope="session")
def updating(pytestconfig: pytest.Config) -> bool:
    return pytestconfig.getoption("update_outputs")


@pytest.fixture(scope="session")
def snippet_run(request: pytest.FixtureRequest):
    """収集されたスニペットのテストを最初にまとめて投入し、コア数ぶん並列に実行する。"""
    pool = ThreadPoolExecutor(os.cpu_count() or 1)
    jobs: dict[tuple[Path, str, str | None], Future] = {}
    saved = request.config.getoption("save_outputs")

    def timed(snippet: Snippet, device: str, default_device: str | None) -> harness.Run:
        result = harness.run(snippet, device, default_device)
        if default_device is None:
            timing = TIMINGS[device]
            timing["snippets"][snippet.rel] = round(result.seconds, 3)
            timing["end"] = time.perf_counter()
        if saved:  # golden と同じ名前 (<名前>.cuda.out など) で、リポジトリと同じ並びに置く
            kind = f"default-{default_device}" if default_device else harness.variant(device, environment()["build"])
            target = saved / snippet.path.with_suffix(f".{kind}.out").relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(result.output, encoding="utf-8")
        return result

    for item in request.session.items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if not isinstance(params.get("snippet"), Snippet):
            continue
        default_device = params.get("default_device")
        device = default_device or params.get("device")
        key = (params["snippet"].path, device, default_device)
        if device in DEVICES and key not in jobs:
            if default_device is None:
                TIMINGS.setdefault(device, {"start": time.perf_counter(), "snippets": {}})
            jobs[key] = pool.submit(timed, params["snippet"], device, default_device)
    yield lambda snippet, device, default_device=None: jobs[(snippet.path, device, default_device)].result()
    pool.shutdown(cancel_futures=True)


@pytest.fixture
def record():
    """record(kind, snippet, **項目): 記録 (tested-with-<kind>.json) にスニペットの結果を足す。"""

    def add(kind: str, snippet: Snippet, **fields) -> None:
        RECORDS.setdefault(kind, {})[snippet.rel] = {"hash": snippet.hash, **fields}

    return add


def pytest_sessionfinish(session: pytest.Session) -> None:
    """記録と実行時間を書き出す。"""
    report_dir: Path = session.config.getoption("report_dir")
    for kind, results in RECORDS.items():
        env = environment()
        device = "cuda" if kind == "cuda" or session.config.getoption("default_device") == "cuda" else "cpu"
        report = {
            "device": kind,
            "torch": env["torch"],
            "cuda": env["cuda"],
            "gpu": env["gpu"] if device == "cuda" else None,
            "python": env["python"],
            "platform": env["platform"],
            "date": datetime.date.today().isoformat(),
            "passed": dict(sorted(results.items())),
        }
        report_dir.mkdir(parents=True, exist_ok=True)
        (report_dir / f"tested-with-{kind}.json").write_text(
            json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    for device, timing in TIMINGS.items():
        if "end" in timing:
            record = {"wall_s": round(timing["end"] - timing["start"], 3), "jobs": os.cpu_count()}
            record["snippets"] = timing["snippets"]
            report_dir.mkdir(parents=True, exist_ok=True)
            (report_dir / f"timings-{device}.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
