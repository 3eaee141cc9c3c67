"""pytest の設定: デバイスの選択、スニペットの並列実行、golden の書き直し、実行結果の記録。

    pytest tests                          # CPU と、CUDA が使えれば CUDA でも
    pytest tests --device cuda            # CUDA だけ (CUDA が無ければ使い方の誤りとして終わる)
    pytest tests/test_snippets.py --update-outputs --snippet snippets/tensor/create_from_list.py
    pytest tests/test_snippets.py --device cuda --default-device cuda   # GPU のマシンでの確認 (.ci/gpu)

GPU での確認は 2 つ:
- 見せるコードのまま GPU のマシンで実行する (test_snippet、--device cuda)。ページの GPU のタブに出せるのはこの出力だけ。
  デバイスを選ぶスニペットは、CUDA のメモリを実際に割り当てていなければ失敗にする。
- 既定のデバイスを GPU にして実行する (test_default_device、--default-device cuda)。演算が GPU のテンソルで
  動くことの確認で、出力は比べない (見せない)。declarations.toml に default-device-skip のあるスニペットは外す。
  CPU を代わりに使う (--default-device cpu) と、GPU のないマシンでも仕組みだけを確かめられる
  (nox -s tests は --default-device-sample で抜き取った数本でこれを行う)。

記録 (pipeline/records.py):
- <--report-dir、既定は report/>/records/<種類>.json: この環境の記録。合格したスニペットの内容と出力のハッシュ。
  一部だけの実行は、同じ環境の記録に足す (実行しなかった項目は消さない)。
- --update-outputs では、golden と一緒にコミットする記録 snippets/records/<種類>.json にも足す。
  比べる実行では、コミットした記録がこの環境のもので、スニペットの内容か出力が記録と違えば失敗にする
  (ページの「動作確認」の枠と出力の説明が古くならないように)。
- default-device-<device>.json: 既定のデバイスを変えた確認の結果 (GPU では CUDA の割り当ての回数も)。
- timings-<種類>.json: 実行時間 (出力の種類ごと: timings-cpu.json はピン留めの版の CPU 版)。すべてを実行したか
  (complete)。nox -s bench が読む。
- passes/<環境>.json: 手元の合格の記録 (pipeline/passes.py)。内容、golden、宣言、記録、インストール済みの
  パッケージ、ランナーが前回の合格から変わっていないテストは実行しない (--all ですべて実行する)。
- --save-outputs DIR: 実行した出力をすべて DIR/snippets/…/<名前>.<種類>.out に残す (GPU の出力を見比べるため)。

起動の方式 (pipeline/run.py): --runner spawn で、fork を使わない道筋 (Windows の既定) を Linux でも確かめる。
"""

from __future__ import annotations

import json
import os
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from pipeline import passes, records, run
from pipeline.output import digest
from pipeline.snippet import RECORDS as COMMITTED
from pipeline.snippet import ROOT, Snippet, discover, notebooks

DEVICES = ("cpu", "cuda")

# わざと壊したページとスニペット (test_harness.py が使う) は集めない。
# ビルド済みのサイトのテスト (tests/site) は playwright の入った nox -s e2e だけで実行する
collect_ignore = ["fixtures", "site"]

# 記録: {種類: {スニペットの相対パス: 項目}}。セッションの最後に書き出す
RECORDS: dict[str, dict] = {}
DEFAULT_DEVICE: dict[str, dict] = {}
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
    group.addoption(
        "--all",
        action="store_true",
        dest="run_all",
        help="手元の合格の記録 (report/passes/) を使わず、前回から変わっていないテストも実行する",
    )
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
    group.addoption(
        "--runner",
        choices=run.METHODS,
        default=None,
        help="スニペットの起動の方式 (既定: fork のある OS では fork、ほかでは spawn。環境変数 SNIPPET_RUNNER でも)",
    )


def pytest_configure(config: pytest.Config) -> None:
    """手元の合格の記録 (pipeline/passes.py)。docs/ のページの例にも効くように、プラグインとして登録する。"""
    updating = config.getoption("update_outputs") or config.getoption("save_outputs")
    method = config.getoption("runner") or run.default_method()
    reuse = passes.Reuse(
        config.getoption("report_dir"), method, not (updating or config.getoption("run_all")), not updating
    )
    config.pluginmanager.register(reuse, "passes")


def environment() -> dict:
    return run.environment()


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
    """--default-device を指定しなければ、既定のデバイスを変える確認は集めない。指定したときは、
    default-device-skip を宣言したスニペットを集める時点で外す (実行を投入しない)。"""
    checks = [item for item in items if getattr(item, "originalname", "") == "test_default_device"]
    if config.getoption("default_device") is None:
        config.hook.pytest_deselected(items=checks)
        items[:] = [item for item in items if item not in checks]
        return
    for item in checks:
        reason = item.callspec.params["snippet"].default_device_skip
        if reason:
            item.add_marker(pytest.mark.skip(reason=f"default-device: {reason}"))


@pytest.fixture(scope="session")
def updating(pytestconfig: pytest.Config) -> bool:
    return pytestconfig.getoption("update_outputs")


@pytest.fixture(scope="session")
def snippet_run(request: pytest.FixtureRequest):
    """収集されたスニペットのテストを最初にまとめて投入し、コア数ぶん並列に実行する。"""
    pool = ThreadPoolExecutor(os.cpu_count() or 1)
    jobs: dict[tuple[Path, str, str | None], Future] = {}
    saved = request.config.getoption("save_outputs")

    method = request.config.getoption("runner")

    def timed(snippet: Snippet, device: str, default_device: str | None) -> run.Run:
        result = run.run(snippet, device, default_device, method)
        if default_device is None:
            timing = TIMINGS[run.kind_for(device).key]
            timing["snippets"][snippet.rel] = round(result.seconds, 3)
            timing["end"] = time.perf_counter()
        if saved:  # golden と同じ名前 (<名前>.gpu.out など) で、リポジトリと同じ並びに置く
            kind = f"default-{default_device}" if default_device else run.kind_for(device).key
            target = saved / snippet.path.with_suffix(f".{kind}.out").relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(result.output, encoding="utf-8")
        return result

    for item in request.session.items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if not isinstance(params.get("snippet"), Snippet) or item.get_closest_marker("skip"):
            continue
        default_device = params.get("default_device")
        device = default_device or params.get("device")
        key = (params["snippet"].path, device, default_device)
        if device in DEVICES and key not in jobs:
            if default_device is None:
                TIMINGS.setdefault(run.kind_for(device).key, {"start": time.perf_counter(), "snippets": {}})
            jobs[key] = pool.submit(timed, params["snippet"], device, default_device)
    yield lambda snippet, device, default_device=None: jobs[(snippet.path, device, default_device)].result()
    pool.shutdown(cancel_futures=True)


@pytest.fixture
def record():
    """record(kind, snippet, result): この環境の記録 (種類 kind) にスニペットの結果を足す。"""

    def add(kind: str, snippet: Snippet, result: run.Run) -> None:
        entry = {"hash": snippet.hash, "output": None if snippet.is_notebook else digest(result.output)}
        if run.KIND[kind].device == "cuda":
            entry["cuda_allocations"] = result.cuda_allocations
        RECORDS.setdefault(kind, {})[snippet.rel] = entry

    return add


@pytest.fixture
def default_device_record():
    def add(device: str, snippet: Snippet, result: run.Run) -> None:
        DEFAULT_DEVICE.setdefault(device, {})[snippet.rel] = {
            "hash": snippet.hash,
            "cuda_allocations": result.cuda_allocations,
        }

    return add


def pytest_sessionfinish(session: pytest.Session) -> None:
    """記録と実行時間を書き出す。"""
    report_dir: Path = session.config.getoption("report_dir")
    updating = session.config.getoption("update_outputs")
    for kind, entries in RECORDS.items():
        head = records.header(kind, environment())
        records.merge(report_dir / "records" / f"{kind}.json", head, entries)
        if updating:
            records.merge(COMMITTED / f"{kind}.json", head, entries)
    for device, entries in DEFAULT_DEVICE.items():
        report_dir.mkdir(parents=True, exist_ok=True)
        report = {**records.header(run.kind_for(device).key, environment()), "snippets": dict(sorted(entries.items()))}
        (report_dir / f"default-device-{device}.json").write_text(
            json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    for kind, timing in TIMINGS.items():
        if "end" in timing:
            record = {"wall_s": round(timing["end"] - timing["start"], 3), "jobs": os.cpu_count()}
            # すべてのスクリプトを実行したか (手元の合格の記録で飛ばした実行は、ここに入らない)
            record["complete"] = len(timing["snippets"]) == len(notebooks()) + len(discover())
            record["snippets"] = timing["snippets"]
            report_dir.mkdir(parents=True, exist_ok=True)
            (report_dir / f"timings-{kind}.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
