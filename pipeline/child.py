"""スニペット 1 本を実行する子プロセスの中身 (pipeline/run.py が起動する)。

読者が `python x.py` と打ったときと同じにする: スクリプトのフォルダが sys.path の先頭で、リポジトリのルートは
sys.path に無く、このプロジェクトのモジュール (pipeline など) は sys.modules に残さない。だから、プロジェクトの
コードを import するスニペットは、読者の手元と同じく ImportError で失敗する。

このファイルはプロジェクトのほかのモジュールを import しない。2 通りの起動のどちらでも run() を呼ぶ。
- fork: torch を読み込み済みの forkserver から fork した子プロセスで run() を呼ぶ (Linux と macOS の既定)
- spawn: `python pipeline/child.py '<引数の JSON>'` として新しいインタープリターで起動する (Windows の既定)
"""

from __future__ import annotations

import io
import json
import os
import runpy
import sys
import traceback
import warnings
from pathlib import Path


def _forget_project(root: Path, folder: Path) -> None:
    """sys.path と sys.modules を、`python <folder>/x.py` で起動したときと同じ形にする。"""
    names = {p.stem for p in root.iterdir() if p.suffix == ".py" or (p.is_dir() and not p.name.startswith("."))}
    names.add("conftest")  # tests/conftest.py は pytest が最上位のモジュールとして読み込む
    for module in list(sys.modules):
        if module.split(".")[0] in names and module != "__main__":
            del sys.modules[module]
    top = {str(root), str(root / "pipeline"), "", "."}
    sys.path[:] = [str(folder)] + [p for p in sys.path if p not in top]


def _hide_mps(torch) -> None:
    """Apple シリコンの GPU (MPS) を見えなくする。CUDA の CUDA_VISIBLE_DEVICES="" にあたる環境変数が無いため。"""
    if not torch.backends.mps.is_available():
        return
    torch.backends.mps.is_available = lambda: False
    torch.accelerator.is_available = lambda: False
    torch.accelerator.device_count = lambda: 0
    torch.accelerator.current_accelerator = lambda check_available=False: None


def run(args: dict) -> None:
    """スクリプトを `python script` と同じように実行する。args の項目:

    script、root (リポジトリのルート)、env (足す環境変数)、hide (アクセラレータを隠す)、workdir (作業ディレクトリ)、
    default_device、output (出力をつなぐファイル。None なら起動した側がつなぐ)、counts (CUDA の割り当ての回数を書く)。
    """
    if args["output"]:
        if hasattr(os, "setpgrp"):
            os.setpgrp()  # 時間切れのとき、子プロセス (DataLoader の worker など) ごと止められるように
        fd = os.open(args["output"], os.O_WRONLY | os.O_APPEND)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.close(fd)
        sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8", write_through=True)
        sys.stderr = io.TextIOWrapper(
            io.FileIO(2, "w", closefd=False), encoding="utf-8", errors="backslashreplace", write_through=True
        )
    os.environ.update(args["env"])
    for name in [n for n in os.environ if n == "PYTHONPATH"]:
        del os.environ[name]
    warnings.resetwarnings()
    warnings.simplefilter("default")
    script = Path(args["script"])
    _forget_project(Path(args["root"]), script.parent)
    if "multiprocessing" in sys.modules:
        sys.modules["multiprocessing"].set_start_method(None, force=True)  # worker はこの環境の既定の方式で
    import torch

    torch.set_num_threads(1)  # 並列に走るほかのスニペットとコアを奪い合わないように
    if args["hide"]:
        _hide_mps(torch)
    if args["default_device"]:
        torch.set_default_device(args["default_device"])
    os.chdir(args["workdir"])  # スニペットが書くファイルはここへ
    sys.argv = [str(script)]
    try:
        runpy.run_path(str(script), run_name="__main__")
    except SystemExit:
        raise
    except BaseException:
        traceback.print_exc()
        sys.exit(1)
    finally:
        count = torch.cuda.memory_stats().get("allocation.all.allocated", 0) if torch.cuda.is_initialized() else 0
        Path(args["counts"]).write_text(str(count))
        sys.stdout.flush()
        sys.stderr.flush()


if __name__ == "__main__":
    run(json.loads(sys.argv[1]))
