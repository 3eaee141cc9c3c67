"""スニペットを 1 本ずつ新しいプロセスで実行し、保存済みの出力 (golden) と比べる。テスト (tests/) と
コピー & ペーストの検査 (sitecheck/copy_paste.py) が使うランナー。

実行は読者が `python x.py` と打ったときと同じ (pipeline/child.py): スクリプトのフォルダが sys.path の先頭、
作業ディレクトリは空の一時フォルダ、環境変数と警告の表示は pipeline/snippet.py の RUN_SETUP。起動の方式は 2 つ:

- "fork": torch を読み込み済みの forkserver から fork する。`import torch` の約 2 秒を毎回払わずに済む。
  fork のある OS (Linux、macOS) の既定。時間切れのときはプロセスグループごと止める。
- "spawn": 新しいインタープリターを起動する。Windows の既定で、環境変数 SNIPPET_RUNNER=spawn でどこでも選べる。
  時間切れのときは、POSIX ではセッションごと、Windows では taskkill /T でプロセスの木ごと止める。

出力はファイル記述子 1 と 2 (標準出力と標準エラー) を 1 つのファイルにつないで受け取るので、警告も、
DataLoader の worker や torchrun などの子プロセスの出力も、端末に出る順のまま入る。宣言
(declarations.toml の expect-warning) のない警告はテストの失敗にする。
"""

from __future__ import annotations

import difflib
import functools
import json
import multiprocessing as mp
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path

from pipeline import child
from pipeline.output import close_enough, comparable, normalise, normalise_cuda, same_words, warnings_in
from pipeline.snippet import HIDE_ACCELERATORS, KIND, ROOT, RUN_SETUP, Kind, Snippet, kind_of, rel

TIMEOUT_S = 300
METHODS = ("fork", "spawn")
_lock = threading.Lock()


def default_method() -> str:
    """起動の方式: 環境変数 SNIPPET_RUNNER、なければ fork のある OS では fork、ほかでは spawn。"""
    chosen = os.environ.get("SNIPPET_RUNNER") or ("fork" if "forkserver" in mp.get_all_start_methods() else "spawn")
    if chosen not in METHODS:
        raise ValueError(f"SNIPPET_RUNNER は {' / '.join(METHODS)} のどちらかです: {chosen!r}")
    return chosen


@functools.cache
def _forkserver():
    ctx = mp.get_context("forkserver")
    # torch._dynamo は最初のオプティマイザ作成時に読み込まれ、数秒かかるので先に読んでおく
    ctx.set_forkserver_preload(["torch", "torch._dynamo", "numpy", "pipeline.child"])
    return ctx


@dataclass
class Run:
    output: str  # 標準出力と標準エラーを出た順にまとめ、normalise() したもの
    exitcode: int
    seconds: float  # 実行にかかった時間 (ベンチマークの記録用)
    cuda_allocations: int = 0  # CUDA のキャッシュ付きアロケータが受けた割り当ての回数 (GPU で動いた証拠)


def execute(
    script: Path,
    shown: str,
    *,
    hide: bool,
    default_device: str | None = None,
    method: str | None = None,
    timeout: float = TIMEOUT_S,
) -> Run:
    """script を新しいプロセスで実行する。shown は出力の中でスクリプトを指す名前。スレッドから並列に呼んでよい。

    hide: アクセラレータ (CUDA、MPS など) を隠して CPU で実行する。
    """
    method = method or default_method()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="snippet-") as workdir, tempfile.TemporaryDirectory() as tmp:
        output, counts = Path(tmp, "output"), Path(tmp, "counts")
        output.touch()
        args = {
            "script": str(Path(script).resolve()),
            "root": str(ROOT),
            "env": {**RUN_SETUP, **(HIDE_ACCELERATORS if hide else {})},
            "hide": hide,
            "default_device": default_device,
            "workdir": workdir,
            "output": str(output) if method == "fork" else None,
            "counts": str(counts),
        }
        exitcode = (_fork if method == "fork" else _spawn)(args, output, timeout)
        note = ""
        if exitcode is None:
            note = f"\n({timeout:.0f} 秒以内に終わりませんでした)"
        elif exitcode < 0:
            note = f"\n(シグナル {-exitcode} で終了しました)"
        text = output.read_text(encoding="utf-8", errors="replace") + note
        count = int(counts.read_text() or 0) if counts.exists() else 0
        # 一時フォルダはリンクを解決した形でも出る (macOS の /var → /private/var)
        text = normalise(text, Path(script).resolve(), shown, Path(workdir).resolve())
        return Run(normalise(text, script, shown, workdir), 1 if note else exitcode, time.perf_counter() - start, count)


def _fork(args: dict, output: Path, timeout: float) -> int | None:
    proc = _forkserver().Process(target=child.run, args=(args,))
    # Process.start() は、ほかのスレッドの子プロセスの終了コードも読みにいく (multiprocessing の _cleanup)。
    # 同じ終了コードを 2 つのスレッドが読むと片方が 255 になるので、start と終了コードの読み取りを同時にしない
    with _lock:
        proc.start()
    wait([proc.sentinel], timeout)
    with _lock:
        proc.join(0)
    if proc.exitcode is None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.join()
        return None
    return proc.exitcode


def _spawn(args: dict, output: Path, timeout: float) -> int | None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | args["env"]
    if os.name == "nt":
        group = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
    else:
        group = {"start_new_session": True}
    with open(output, "ab") as sink:
        proc = subprocess.Popen(
            [sys.executable, child.__file__, json.dumps(args)],
            cwd=args["workdir"],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
            **group,
        )
        try:
            return proc.wait(timeout)
        except subprocess.TimeoutExpired:
            if os.name == "nt":
                subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True, check=False)
            else:
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return None


_ENVIRONMENT = """
import json, os, platform, torch
from importlib import metadata
cuda = torch.cuda.is_available()
mps = torch.backends.mps.is_available()
print(json.dumps({
    "torch": torch.__version__,
    "cuda": torch.version.cuda,
    "cudnn": torch.backends.cudnn.version() if torch.backends.cudnn.is_available() else None,
    "requires_python": metadata.metadata("torch")["Requires-Python"],
    "cuda_available": cuda,
    "accelerator": "cuda" if cuda else "mps" if mps else None,
    "gpu": torch.cuda.get_device_name(0) if cuda else None,
    "python": platform.python_version(),
    "os": platform.system(),
    "machine": platform.machine(),
    "cores": os.cpu_count(),
    "cpu_capability": torch.backends.cpu.get_cpu_capability(),
}))
"""


@functools.cache
def environment() -> dict:
    """この環境の torch とマシン。親プロセスで CUDA を初期化しないよう、別のプロセスで調べる。"""
    done = subprocess.run([sys.executable, "-c", _ENVIRONMENT], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def kind_for(device: str) -> Kind:
    """この環境で device を使って実行した出力の種類 (pipeline/snippet.py の KINDS)。"""
    env = environment()
    return kind_of(env["torch"], env["cuda"], device)


def run(snippet: Snippet, device: str = "cpu", default_device: str | None = None, method: str | None = None) -> Run:
    """スニペットを実行する。CPU で実行するときは、この環境にアクセラレータがあれば隠す。

    アクセラレータの無いマシンでは何も隠さない (CUDA 版の torch のエラーの文面が、読者の環境と同じになるように)。
    """
    hide = device == "cpu" and environment()["accelerator"] is not None
    return execute(snippet.path, snippet.rel, hide=hide, default_device=default_device, method=method)


# --- 出力の検査 -------------------------------------------------------------------------------------


def _diff(expected: str, actual: str, name: str) -> str:
    lines = difflib.unified_diff(
        expected.splitlines(keepends=True),
        actual.splitlines(keepends=True),
        f"{name} (保存済み)",
        f"{name} (今回の実行)",
    )
    return "".join(lines)


def problems(snippet: Snippet, device: str, result: Run) -> str | None:
    """実行できたか、警告が宣言どおりかを調べる。問題があればファイル名を含むメッセージを返す。"""
    if result.exitcode:
        return f"{snippet.rel}: {device} で実行に失敗しました (終了コード {result.exitcode})\n{result.output}"
    shown = warnings_in(result.output)
    undeclared = [line for category, line in shown if category not in snippet.expected_warnings]
    if undeclared:
        return (
            f"{snippet.rel}: {device} で宣言していない警告が出ました "
            '(見せる警告なら declarations.toml に expect-warning = ["種類"] を書く)\n' + "\n".join(undeclared)
        )
    # 出力を比べるスニペットでは、宣言した警告は必ず出る。デバイスで出力の変わるスニペット
    # (output-check が cpu / none) の宣言は、出てもよい警告の一覧になる (GPU でだけ出る警告など)
    missing = set(snippet.expected_warnings) - {category for category, _ in shown}
    if missing and device == "cpu" and snippet.check == "all":
        return f"{snippet.rel}: 宣言した警告 {', '.join(sorted(missing))} が出ませんでした"
    return None


def _unused_gpu(snippet: Snippet, kind: Kind, result: Run) -> str | None:
    if kind.device == "cuda" and snippet.picks_device and not result.cuda_allocations:
        return f"{snippet.rel}: GPU があれば GPU を使うよう選ぶスニペットが、CUDA のメモリを 1 度も割り当てませんでした"
    return None


def golden_for(snippet: Snippet, kind: Kind) -> Path:
    """比べる golden: その種類の golden、無ければ <名前>.out。"""
    own = snippet.golden(kind.key)
    return own if own.exists() else snippet.golden("cpu")


def same_output(kind: Kind, golden: Path, expected: str, actual: str) -> bool:
    """comparable() のあとで同じか。GPU の出力を <名前>.out と比べるときは、デバイスの表記を除き許容誤差つき。"""
    if kind.tolerant and golden.name.endswith(KIND["cpu"].suffix) and not golden.name.endswith(kind.suffix):
        return close_enough(comparable(expected), comparable(normalise_cuda(actual)))
    return comparable(expected) == comparable(actual)


def compared(snippet: Snippet, kind: Kind) -> bool:
    """この種類の出力を golden と比べるか (declarations.toml の output-check)。"""
    return snippet.check == "all" or (snippet.check == "cpu" and kind.device == "cpu")


def check(snippet: Snippet, kind: Kind, result: Run) -> str | None:
    """実行結果を検査し、問題があればファイル名を含むメッセージを返す。"""
    problem = problems(snippet, kind.device, result) or _unused_gpu(snippet, kind, result)
    if problem:
        return problem
    if not compared(snippet, kind) or snippet.is_notebook:
        return None
    golden = golden_for(snippet, kind)
    if not golden.exists():
        return f"{snippet.rel}: 出力ファイル {rel(golden)} がありません (`nox -s outputs` で作れます)"
    expected = golden.read_text(encoding="utf-8")
    if same_output(kind, golden, expected, result.output):
        return None
    return f"{rel(golden)}: {kind.key} の出力が保存済みの出力と違います\n" + _diff(expected, result.output, rel(golden))


def update(snippet: Snippet, kind: Kind, result: Run) -> str | None:
    """実行結果を golden に書く (`--update-outputs`)。書けないときは問題のメッセージを返す。

    <名前>.out 以外の種類は、<名前>.out と違うときだけ書き、同じなら消す。比べない出力 (時間など) は、
    数値のほかに違いがあるときだけ環境による違いとして残す。ノートブックは出力を保存しない。
    """
    problem = problems(snippet, kind.device, result) or _unused_gpu(snippet, kind, result)
    if problem or snippet.is_notebook:
        return problem
    target, default = snippet.golden(kind.key), snippet.golden("cpu")
    if target != default and default.exists():
        expected = default.read_text(encoding="utf-8")
        same = same_output(kind, default, expected, result.output)
        if same or (snippet.check == "none" and same_words(expected, result.output)):
            target.unlink(missing_ok=True)
            return None
    if not target.exists() or target.read_text(encoding="utf-8") != result.output:
        target.write_text(result.output, encoding="utf-8")
    return None
