"""スニペットの発見・実行・出力比較とページの整合性チェック。

pytest (tests/test_*.py) と `nox -s outputs` (tests/update_outputs.py) が共用します。
スニペットは 1 本ずつ新しいプロセスで実行します。プロセスは torch を読み込み済みの
forkserver から fork するので、`import torch` の約 2 秒を毎回払わずに済みます。
"""

from __future__ import annotations

import contextlib
import difflib
import io
import multiprocessing as mp
import os
import re
import runpy
import tempfile
import traceback
import warnings
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
# ノートブックのページの元 (jupytext の percent 形式の .py)。出力はビルド時の実行結果をページに載せる
NOTEBOOKS = DOCS / "notebooks"

# スニペットの外に漏れたら失敗とする警告の種類
ESCAPING_WARNINGS = (DeprecationWarning, FutureWarning, UserWarning)
# 出力比較の宣言: `# output-check: cpu` (CUDA では実行だけ) / `none` (比較しない)
OUTPUT_CHECK = re.compile(r"^# output-check: (cpu|none)\s*$", re.MULTILINE)
TIMEOUT_S = 300

_ctx = mp.get_context("forkserver")
# torch._dynamo は最初のオプティマイザ作成時に読み込まれ、数秒かかるので先に読んでおく
_ctx.set_forkserver_preload(["torch", "torch._dynamo", "numpy", __name__])


def rel(path: Path, root: Path = ROOT) -> str:
    """メッセージ用の、ルートからの相対パス。"""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def discover(snippets: Path = SNIPPETS) -> list[Path]:
    """snippets/ 以下のスニペット (パッケージの __init__.py 以外の .py) を列挙する。"""
    return sorted(p for p in snippets.rglob("*.py") if p.name != "__init__.py")


def scripts() -> list[Path]:
    """テストで実行するすべてのスクリプト。時間のかかるノートブックを先に並べる。"""
    return sorted(NOTEBOOKS.glob("*.py")) + discover()


def is_notebook(path: Path) -> bool:
    return path.parent == NOTEBOOKS


def golden(snippet: Path) -> Path:
    return snippet.with_suffix(".out")


def output_check(snippet: Path) -> str:
    """'all' (既定) / 'cpu' / 'none'。ノートブックは実行できればよい ('none')。"""
    if is_notebook(snippet):
        return "none"
    m = OUTPUT_CHECK.search(snippet.read_text(encoding="utf-8"))
    return m.group(1) if m else "all"


@dataclass
class Run:
    stdout: str
    warnings: list[str]
    error: str | None


def _child(path: str, device: str, conn) -> None:
    """子プロセス内: `python path` と同じようにスニペットを実行し、結果を送り返す。"""
    if device == "cpu":
        os.environ["CUDA_VISIBLE_DEVICES"] = ""  # CUDA 初期化前なので GPU が見えなくなる
    mp.set_start_method(None, force=True)  # DataLoader の worker はこの環境の既定の方式で起動
    import torch  # forkserver で読み込み済み

    torch.set_num_threads(1)  # 並列に走るほかのスニペットとコアを奪い合わないように
    out, error = io.StringIO(), None
    with (
        tempfile.TemporaryDirectory(prefix="snippet-") as workdir,  # スニペットが書くファイルはここへ
        warnings.catch_warnings(record=True) as caught,
        contextlib.redirect_stdout(out),
    ):
        os.chdir(workdir)
        warnings.simplefilter("always")
        try:
            runpy.run_path(path, run_name="__main__")
        except SystemExit as e:
            if e.code not in (None, 0):
                error = f"SystemExit({e.code!r})"
        except BaseException:
            error = traceback.format_exc()
    escaped = [
        f"{w.category.__name__}: {w.message} ({w.filename}:{w.lineno})"
        for w in caught
        if issubclass(w.category, ESCAPING_WARNINGS)
    ]
    conn.send(Run(out.getvalue(), escaped, error))
    conn.close()


def run(snippet: Path, device: str = "cpu") -> Run:
    """スニペットを新しいプロセスで実行する。スレッドから並列に呼んでよい。"""
    recv, send = _ctx.Pipe(duplex=False)
    proc = _ctx.Process(target=_child, args=(str(snippet), device, send))
    proc.start()
    send.close()
    try:
        if not recv.poll(TIMEOUT_S):
            proc.kill()
            return Run("", [], f"{TIMEOUT_S} 秒以内に終わりませんでした")
        return recv.recv()
    except EOFError:
        proc.join()
        return Run("", [], f"プロセスが異常終了しました (exit code {proc.exitcode})")
    finally:
        proc.join()


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


# --- 出力の比較 ---------------------------------------------------------------

_NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")
_DEVICE_NOTES = [
    (re.compile(r",\s*device='cuda:0'"), ""),
    (re.compile(r"device\(type='cuda', index=0\)"), "device(type='cpu')"),
    (re.compile(r"\bcuda:0\b"), "cpu"),
]


def normalise_cuda(text: str) -> str:
    """CUDA の実行結果から、デバイス表記の違いを取り除く。"""
    for pattern, repl in _DEVICE_NOTES:
        text = pattern.sub(repl, text)
    return text


def _close_enough(expected: str, actual: str, rtol: float = 1e-2, atol: float = 1e-3) -> bool:
    """数値以外の部分は空白を除いて一致、数値は許容誤差内なら同じとみなす。"""

    def split(text: str) -> tuple[list[str], list[float]]:
        words = ["".join(part.split()) for part in _NUMBER.split(text)]
        return words, [float(n) for n in _NUMBER.findall(text)]

    (ew, en), (aw, an) = split(expected), split(actual)
    if ew != aw or len(en) != len(an):
        return False
    return all(abs(a - e) <= atol + rtol * abs(e) for e, a in zip(en, an, strict=True))


def _diff(expected: str, actual: str, name: str) -> str:
    lines = difflib.unified_diff(
        expected.splitlines(keepends=True),
        actual.splitlines(keepends=True),
        f"{name} (保存済み)",
        f"{name} (今回の実行)",
    )
    return "".join(lines)


def check(snippet: Path, device: str, result: Run) -> str | None:
    """スニペットの実行結果を検査し、問題があればファイル名を含むメッセージを返す。"""
    name = rel(snippet)
    if result.error:
        return f"{name}: {device} で実行中に例外が出ました\n{result.error}"
    if result.warnings:
        return f"{name}: {device} で警告がスニペットの外に漏れました\n" + "\n".join(result.warnings)
    mode = output_check(snippet)
    if mode == "none" or (mode == "cpu" and device != "cpu"):
        return None
    out = golden(snippet)
    if not out.exists():
        return f"{name}: 出力ファイル {rel(out)} がありません (`nox -s outputs` で作れます)"
    expected = out.read_text(encoding="utf-8")
    if device == "cpu":
        same = result.stdout == expected
    else:
        same = _close_enough(expected, normalise_cuda(result.stdout))
    if same:
        return None
    return f"{rel(out)}: {device} での出力が保存済みの出力と違います\n" + _diff(expected, result.stdout, rel(out))


# --- ページの整合性 -------------------------------------------------------------

_INCLUDE = re.compile(r'^\s*-{1,2}8<-{1,2}\s+"([^"]+)"', re.MULTILINE)
_FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
_PYTHON_INFO = {"python", "py", "python3", "pycon", "py3"}


def check_pages(docs: Path = DOCS, snippets: Path = SNIPPETS, root: Path = ROOT) -> list[str]:
    """ページとスニペットの対応を検査し、問題ごとにファイル名を含むメッセージを返す。"""
    problems: list[str] = []
    included: set[Path] = set()
    for page in sorted(docs.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        for m in _INCLUDE.finditer(text):
            target = (root / m.group(1)).resolve()
            included.add(target)
            if not target.exists():
                line = text.count("\n", 0, m.start()) + 1
                problems.append(f"{rel(page, root)}:{line}: 読み込み先 {m.group(1)} がありません")
        for m in _FENCE.finditer(text):
            words = m.group("info").split()
            if not words or words[0].lower() not in _PYTHON_INFO or _INCLUDE.search(m.group("body")):
                continue
            if m.group("info").strip() != "python":
                line = text.count("\n", 0, m.start()) + 1
                problems.append(
                    f"{rel(page, root)}:{line}: ```{m.group('info').strip()} のブロックはスニペットの読み込みでも、"
                    "pytest-codeblocks が実行する ```python でもありません"
                )
    for snippet in discover(snippets):
        if snippet.resolve() not in included:
            problems.append(f"{rel(snippet, root)}: どのページからも読み込まれていません")
        if not golden(snippet).exists():
            problems.append(f"{rel(snippet, root)}: 出力ファイル {rel(golden(snippet), root)} がありません")
    for out in sorted(snippets.rglob("*.out")):
        if not out.with_suffix(".py").exists():
            problems.append(f"{rel(out, root)}: 対応するスニペット {rel(out.with_suffix('.py'), root)} がありません")
    return problems


def write_outputs(snippets: list[Path] | None = None) -> list[str]:
    """CPU で実行した出力を golden ファイルに書く。失敗したスニペットの問題を返す。"""
    from concurrent.futures import ThreadPoolExecutor

    snippets = discover() if snippets is None else snippets
    problems = []
    with ThreadPoolExecutor(os.cpu_count()) as pool:
        for snippet, result in zip(snippets, pool.map(run, snippets), strict=True):
            if result.error or result.warnings:
                problems.append(check(snippet, "cpu", result))
                continue
            out = golden(snippet)
            if not out.exists() or out.read_text(encoding="utf-8") != result.stdout:
                out.write_text(result.stdout, encoding="utf-8")
                print(f"更新: {rel(out)}")
    return problems
