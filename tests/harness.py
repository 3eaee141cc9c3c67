"""スニペットを実行して、保存済みの出力 (golden) と比べる。tests/test_snippets.py と tests/conftest.py が使う。

スニペットは 1 本ずつ新しいプロセスで、読者が `python snippets/…/x.py` と打ったときと同じように実行します。
プロセスは torch を読み込み済みの forkserver から fork するので、`import torch` の約 2 秒を毎回払わずに済みます。

出力はファイル記述子 1 と 2 (標準出力と標準エラー) を 1 つのファイルにつないで受け取るので、警告も、
DataLoader の worker や torchrun などの子プロセスの出力も、端末に出る順のまま golden に入ります。
どちらもバッファなしで書くので、順番は実行のたびに同じです。警告は Python の既定の表示 (`-W default`:
同じ場所の警告は 1 回) で出し、宣言 (`# expect-warning:`) のない警告はテストの失敗にします。

`pytest --update-outputs` は、比べる代わりに同じ実行結果を golden に書きます (比べるのと同じ道筋)。
"""

from __future__ import annotations

import difflib
import functools
import io
import multiprocessing as mp
import os
import runpy
import signal
import sys
import tempfile
import threading
import time
import traceback
import warnings
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path

from pipeline.output import close_enough, normalise, normalise_cuda, same_words, warnings_in
from pipeline.snippet import Snippet, rel

TIMEOUT_S = 300

_ctx = mp.get_context("forkserver")
_lock = threading.Lock()
# torch._dynamo は最初のオプティマイザ作成時に読み込まれ、数秒かかるので先に読んでおく
_ctx.set_forkserver_preload(["torch", "torch._dynamo", "numpy", "pipeline.output", __name__])


@dataclass
class Run:
    output: str  # 標準出力と標準エラーを出た順にまとめ、normalise() したもの
    exitcode: int
    seconds: float  # 実行にかかった時間 (ベンチマークの記録用)
    cuda_allocations: int = 0  # CUDA のキャッシュ付きアロケータが受けた割り当ての回数 (GPU で動いた証拠)


def _child(path: str, hide_gpu: bool, output: str, workdir: str, default_device: str | None) -> None:
    """子プロセス内: 出力をファイルにつなぎ、`python path` と同じようにスニペットを実行する。

    default_device を渡すと、torch.set_default_device() で既定のデバイスにしてから実行する (表示しない確認用)。
    終わるときに、CUDA で割り当てた回数を <output>.cuda に書く。
    """
    os.setpgrp()  # 時間切れのとき、子プロセス (worker など) ごと止められるように
    fd = os.open(output, os.O_WRONLY | os.O_TRUNC)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8", write_through=True)
    sys.stderr = io.TextIOWrapper(
        io.FileIO(2, "w", closefd=False), encoding="utf-8", errors="backslashreplace", write_through=True
    )
    # スニペットが起動する Python (spawn の worker、torchrun など) も同じ設定で動くように
    os.environ.update(PYTHONUNBUFFERED="1", PYTHONWARNINGS="default", PYTHONIOENCODING="utf-8")
    if hide_gpu:
        os.environ["CUDA_VISIBLE_DEVICES"] = ""  # CUDA 初期化前なので GPU が見えなくなる
    mp.set_start_method(None, force=True)  # DataLoader の worker はこの環境の既定の方式で起動
    warnings.resetwarnings()
    warnings.simplefilter("default")
    import torch  # forkserver で読み込み済み

    torch.set_num_threads(1)  # 並列に走るほかのスニペットとコアを奪い合わないように
    if default_device:
        torch.set_default_device(default_device)
    os.chdir(workdir)  # スニペットが書くファイルはここへ
    sys.argv = [path]
    try:
        runpy.run_path(path, run_name="__main__")
    except Exception:  # SystemExit は multiprocessing が python と同じように終了コードにする
        traceback.print_exc()
        sys.exit(1)
    finally:
        count = torch.cuda.memory_stats().get("allocation.all.allocated", 0) if torch.cuda.is_initialized() else 0
        Path(f"{output}.cuda").write_text(str(count))


def run(snippet: Snippet, device: str = "cpu", default_device: str | None = None) -> Run:
    """スニペットを新しいプロセスで実行する。スレッドから並列に呼んでよい。"""
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="snippet-") as workdir, tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp, "output")
        output.touch()
        # CPU で実行するときは GPU を隠す。GPU の無いマシンでは何も変えない (CUDA 版の torch のエラーの文面が、
        # 読者の環境と同じになるように)
        hide_gpu = device == "cpu" and environment()["cuda_available"]
        proc = _ctx.Process(target=_child, args=(str(snippet.path), hide_gpu, str(output), workdir, default_device))
        # Process.start() は、ほかのスレッドの子プロセスの終了コードも読みにいく (multiprocessing の _cleanup)。
        # 同じ終了コードを 2 つのスレッドが読むと片方が 255 になるので、start と終了コードの読み取りを同時にしない
        with _lock:
            proc.start()
        wait([proc.sentinel], TIMEOUT_S)
        with _lock:
            proc.join(0)
        if proc.exitcode is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.join()
            note = f"\n({TIMEOUT_S} 秒以内に終わりませんでした)"
        else:
            note = "" if proc.exitcode >= 0 else f"\n(シグナル {-proc.exitcode} で終了しました)"
        text = output.read_text(encoding="utf-8", errors="replace") + note
        exitcode = 1 if note else proc.exitcode
        allocations = Path(f"{output}.cuda")
        count = int(allocations.read_text()) if allocations.exists() else 0
        return Run(normalise(text, snippet.path, snippet.rel, workdir), exitcode, time.perf_counter() - start, count)


def _environment_child(conn) -> None:
    import torch

    cuda = torch.cuda.is_available()
    conn.send(
        {
            "torch": torch.__version__,
            "cuda_available": cuda,
            "cuda": torch.version.cuda,
            "gpu": torch.cuda.get_device_name(0) if cuda else None,
        }
    )


@functools.cache
def environment() -> dict:
    """torch のバージョンと CUDA の有無。親プロセスで CUDA を初期化しないよう、子プロセスで調べる。"""
    recv, send = _ctx.Pipe(duplex=False)
    proc = _ctx.Process(target=_environment_child, args=(send,))
    proc.start()
    send.close()
    try:
        return recv.recv()
    finally:
        proc.join()


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
            f"{snippet.rel}: {device} で宣言していない警告が出ました (見せる警告なら `# expect-warning: 種類` を書く)\n"
            + "\n".join(undeclared)
        )
    # 出力を比べるスニペットでは、宣言した警告は必ず出る。デバイスで出力の変わるスニペット
    # (output-check: cpu / none) の宣言は、出てもよい警告の一覧になる (GPU でだけ出る警告など)
    missing = set(snippet.expected_warnings) - {category for category, _ in shown}
    if missing and device == "cpu" and snippet.check == "all":
        return f"{snippet.rel}: 宣言した警告 {', '.join(sorted(missing))} が出ませんでした"
    return None


def variant(device: str, build: str) -> str:
    """出力の種類 (pipeline.snippet.VARIANTS): GPU で実行したか、CUDA 版の torch を GPU なしで動かしたか。"""
    return "cuda" if device == "cuda" else "cuda-build" if build == "cuda" else "cpu"


def golden_for(snippet: Snippet, device: str, build: str) -> Path:
    """比べる golden。その種類の golden が無ければ CPU 版の .out (GPU ではデバイスの表記を除き、許容誤差つき)。"""
    own = snippet.golden(variant(device, build))
    return own if own.exists() else snippet.golden("cpu")


def check(snippet: Snippet, device: str, result: Run, build: str = "cpu") -> str | None:
    """実行結果を検査し、問題があればファイル名を含むメッセージを返す。build は torch の種類 ("cpu" / "cuda")。"""
    problem = problems(snippet, device, result)
    if problem:
        return problem
    if device == "cuda" and snippet.picks_device and not result.cuda_allocations:
        return f"{snippet.rel}: GPU があれば GPU を使うはずのスニペットが、CUDA のメモリを 1 度も割り当てませんでした"
    if snippet.check == "none" or (snippet.check == "cpu" and device != "cpu"):
        return None
    golden = golden_for(snippet, device, build)
    if not golden.exists():
        return f"{snippet.rel}: 出力ファイル {rel(golden)} がありません (`nox -s outputs` で作れます)"
    expected = golden.read_text(encoding="utf-8")
    if device == "cpu" or golden != snippet.golden("cpu"):
        same = result.output == expected
    else:  # CUDA の出力を CPU の golden と比べる: デバイスの表記を除き、数値は許容誤差つき
        same = close_enough(expected, normalise_cuda(result.output))
    if same:
        return None
    return f"{rel(golden)}: {device} での出力が保存済みの出力と違います\n" + _diff(expected, result.output, rel(golden))


def update(snippet: Snippet, device: str, result: Run, build: str = "cpu") -> str | None:
    """実行結果を golden に書く (`--update-outputs`)。書けないときは問題のメッセージを返す。

    CPU 版の torch を CPU で動かした結果は <名前>.out に書く。それ以外は、CPU 版の golden と違うときだけ
    .cuda.out (GPU。デバイスの表記と許容誤差を除いても違うとき) / .cuda-build.out (CUDA 版の torch を GPU なしで)
    に書き、同じなら消す。ノートブックは出力を保存しない。
    """
    problem = problems(snippet, device, result)
    if problem or snippet.is_notebook:
        return problem
    target = snippet.golden(variant(device, build))
    cpu = snippet.golden("cpu")
    if target != cpu and cpu.exists():
        expected = cpu.read_text(encoding="utf-8")
        same = result.output == expected or (device == "cuda" and close_enough(expected, normalise_cuda(result.output)))
        # 比べない出力 (時間など) は、数値のほかに違いがあるときだけ環境による違いとして残す
        if same or (snippet.check == "none" and same_words(expected, result.output)):
            target.unlink(missing_ok=True)
            return None
    if not target.exists() or target.read_text(encoding="utf-8") != result.output:
        target.write_text(result.output, encoding="utf-8")
    return None
