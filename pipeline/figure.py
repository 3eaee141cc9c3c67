"""ページの図: docs/figures/<名前>.py を実行して、できた matplotlib の図を SVG にする (pipeline/macros.py の figure())。

図のスクリプトは、描く値を torch で計算し (ブロードキャストの結果、ストライド、勾配、学習率の推移など)、
モジュールの変数 `figure` に matplotlib の Figure を入れる。パネルを並べた図は、スマートフォン向けに
パネルを縦に積んだ幅の狭い図を変数 `phone` にも入れる (ページは画面の幅で選ぶ)。
図の文字は英数字だけにする (日本語のフォントが無い環境でもビルドできるように)。説明はページの本文と alt に日本語で書く。
実行中の警告はビルドの失敗にする。SVG は実行のたびに同じ内容になるようにする (日付と id を固定)。
"""

from __future__ import annotations

import io
import runpy
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("agg")
import matplotlib.pyplot as plt

from pipeline.snippet import rel


class FigureError(RuntimeError):
    pass


def draw(script: Path) -> dict[str, tuple[bytes, int, int]]:
    """{"figure": (SVG, 幅, 高さ)} と、スクリプトにあれば "phone" も。幅と高さは px (96 dpi)。"""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            namespace = runpy.run_path(str(script), run_name="__figure__")
        except Exception as e:
            raise FigureError(f"{rel(script)}: 図を描けませんでした: {type(e).__name__}: {e}") from e
    if not isinstance(namespace.get("figure"), matplotlib.figure.Figure):
        raise FigureError(f"{rel(script)}: 変数 figure に matplotlib の Figure を入れてください")
    if not isinstance(namespace.get("phone", matplotlib.figure.Figure()), matplotlib.figure.Figure):
        raise FigureError(f"{rel(script)}: 変数 phone には matplotlib の Figure を入れてください")
    return {name: svg(namespace[name], script.stem) for name in ("figure", "phone") if name in namespace}


def svg(fig: matplotlib.figure.Figure, salt: str) -> tuple[bytes, int, int]:
    buffer = io.BytesIO()
    with plt.rc_context({"svg.hashsalt": salt, "svg.fonttype": "none"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None}, facecolor="white")
    plt.close(fig)
    width, height = (round(v * 96) for v in fig.get_size_inches())
    return buffer.getvalue(), width, height
