"""スニペットの出力の扱い: マシンに依存する部分の正規化、警告の読み取り、CUDA の出力の比較。

出力は標準出力と標準エラーを 1 本にまとめたもの (端末に出る順)。ランナー (pipeline/run.py) が正規化するので、
テストとコピー & ペーストの検査 (sitecheck/copy_paste.py) の出力は比べられる。

- normalise(): 保存して見せる出力から、マシンに依存する部分 (パス、worker の数、記録したマシンにだけ出る行) を除く
- comparable(): 比べるときだけ、torch の版ごとに変わるだけの部分 (C++ やライブラリの行番号、ログの時刻) を伏せる
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from pipeline.snippet import ROOT

# Python が警告を標準エラーに書く形: "<ファイル>:<行>: <種類>: <メッセージ>"
WARNING_LINE = re.compile(r"^(?P<file>\S.*?):(?P<line>\d+): (?P<category>[A-Z]\w*Warning): ", re.MULTILINE)

# マシンごとに違うパスを、読者の環境でも同じに見える形にする (順に適用する)
_PATHS = [
    # 仮想環境やシステムの site-packages (torch、numpy など)
    (re.compile(r"(?:[A-Za-z]:)?[^\s\"'()<>]*[/\\](?:site|dist)-packages[/\\]"), ".../site-packages/"),
    # Python の標準ライブラリ
    (re.compile(r"(?:[A-Za-z]:)?[^\s\"'()<>]*[/\\]lib[/\\](python3\.\d+)[/\\]"), r".../lib/\1/"),
    # torch の C++ の警告に入る、torch をビルドしたマシンのパス (wheel ごとに違う)
    (re.compile(r"(Triggered internally at )\S*?/(torch|aten|c10)/"), r"\1.../\2/"),
    # DataLoader の worker の数の警告に入る、worker の数とマシンのコア数 (N と M に置き換える)
    (
        re.compile(
            r"(will create )\d+( worker processes in total\. "
            r"Our suggested max number of worker in current system is )\d+"
        ),
        r"\1N\2M",
    ),
]


# 記録したマシンにだけ出る行 (torch ではなくマシンに CUDA のツールキットがあるかで決まる)。出力から除く
_MACHINE_LINES = re.compile(r"^.*No CUDA runtime is found, using CUDA_HOME=.*\n", re.MULTILINE)

# 比べるときだけ伏せるもの: 版ごとに変わる行番号と、C++ のログの先頭の日時とプロセス番号
_COMPARE = [
    (re.compile(r"(\.(?:h|hpp|c|cc|cpp|cu|cuh)):\d+"), r"\1:N"),  # C++ のソースの場所
    (re.compile(r"((?:\.\.\./site-packages|\.\.\./lib/python3\.\d+)/[^\s:\"]+\.py):\d+"), r"\1:N"),
    (re.compile(r'((?:\.\.\./site-packages|\.\.\./lib/python3\.\d+)/[^"]+", line )\d+'), r"\1N"),
    (re.compile(r"(\S+\.py):\d+\]"), r"\1:N]"),  # ログの中の Python の場所
    (re.compile(r"^([IWEF])\d{4} \d\d:\d\d:\d\d\.\d+ +\d+ ", re.MULTILINE), r"\1 "),  # glog の形のログ
    (re.compile(r"\[([IWEF])\d{4} \d\d:\d\d:\d\d\.\d+ "), r"[\1 "),  # c10 の警告 ([rank0]:[W1207 22:22:50.2 …])
    (re.compile(r"^(ERROR|WARNING|INFO|USDT):\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \d+:\d+ ", re.MULTILINE), r"\1: "),
    (re.compile(r"\bport: \d+"), "port: N"),  # 実行ごとに空いているポートの番号 (分散学習のエラー)
]


def comparable(text: str) -> str:
    """比べるための形: 版ごとに変わる行番号と、ログの日時・プロセス番号・ポートを伏せる (保存する出力は変えない)。"""
    for pattern, replacement in _COMPARE:
        text = pattern.sub(replacement, text)
    return text


def digest(text: str) -> str:
    """記録に残す出力のハッシュ (comparable() のあと)。行番号だけが違う出力は同じハッシュになる。"""
    return hashlib.sha256(comparable(text).encode("utf-8")).hexdigest()[:16]


def normalise(text: str, script: str | Path, shown: str, workdir: str | Path | None = None) -> str:
    """実行した出力から、マシンに依存する部分を取り除く。

    - 実行したスクリプトのパス (script) を、ページに見せるパス (shown、"snippets/…/x.py") に
    - リポジトリのルートの下のパスを、ルートからの相対パスに
    - site-packages と標準ライブラリのパスを ".../site-packages/…" と ".../lib/python3.X/…" に
    - torch の C++ の警告の「Triggered internally at <ビルドしたマシンのパス>」を ".../torch/…" などに
    - DataLoader の worker の数の警告の、worker の数とコア数を N と M に
    - 記録したマシンにだけ出る行 (CUDA のツールキットの場所の通知) を除く
    - 作業ディレクトリ (workdir) を "." に
    """
    text = text.replace(str(script), shown)
    if workdir is not None:
        text = text.replace(str(workdir), ".")
    text = text.replace(f"{ROOT}/", "").replace(f"{ROOT}{os.sep}", "")
    for pattern, replacement in _PATHS:
        text = pattern.sub(replacement, text)
    return _MACHINE_LINES.sub("", text)


def warnings_in(text: str) -> list[tuple[str, str]]:
    """出力に書かれた警告の (種類, 行) の一覧。子プロセス (DataLoader の worker など) の警告も含む。"""
    return [(m.group("category"), text[m.start() : text.find("\n", m.start())]) for m in WARNING_LINE.finditer(text)]


# --- CUDA の出力と CPU の golden の比較 -------------------------------------------------

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


def _split(text: str) -> tuple[list[str], list[float]]:
    """(数値以外の部分 (空白を除く), 数値) に分ける。"""
    words = ["".join(part.split()) for part in _NUMBER.split(text)]
    return words, [float(n) for n in _NUMBER.findall(text)]


def close_enough(expected: str, actual: str, rtol: float = 1e-2, atol: float = 1e-3) -> bool:
    """数値以外の部分は空白を除いて一致、数値は許容誤差内なら同じとみなす。"""
    (ew, en), (aw, an) = _split(expected), _split(actual)
    if ew != aw or len(en) != len(an):
        return False
    return all(abs(a - e) <= atol + rtol * abs(e) for e, a in zip(en, an, strict=True))


_ADDRESS = re.compile(r"0x[0-9a-fA-F]+")


def same_words(expected: str, actual: str) -> bool:
    """数値 (とメモリのアドレス) を除けば同じか。実行ごとに変わる出力 (時間など) を、環境による違いと区別する。"""
    return _split(_ADDRESS.sub("0x", expected))[0] == _split(_ADDRESS.sub("0x", actual))[0]
