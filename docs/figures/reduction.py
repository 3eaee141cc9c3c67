"""次元に沿った集約: (2, 3) のテンソルの sum(dim=0) と sum(dim=1)。値は torch で計算する。"""

import matplotlib.pyplot as plt
import torch

m = torch.tensor([[1, 2, 3], [4, 5, 6]])  # (2, 3): snippets/tensor/ops_reduce_sum.py と同じ
sum0 = m.sum(dim=0)  # (3,): 列ごとの合計
sum1 = m.sum(dim=1)  # (2,): 行ごとの合計
rows, cols = m.shape
COLORS = ["#fbe3d6", "#d6e6f5", "#dcefd8"]


def cell(ax, x, y, value, color="#ffffff", note=None):
    ax.add_patch(plt.Rectangle((x, y), 1, 1, facecolor=color, edgecolor="#555"))
    ax.text(x + 0.5, y + 0.5 + (0.12 if note else 0), str(int(value)), ha="center", va="center", fontsize=14)
    if note:
        ax.text(x + 0.5, y + 0.22, note, ha="center", va="center", fontsize=13, color="#444")


def matrix(ax, x0, y0, color_of):
    """m を (x0, y0) を左下にして描く。color_of(i, j) がマスの色。"""
    for i in range(rows):
        for j in range(cols):
            cell(ax, x0 + j, y0 + rows - 1 - i, m[i, j], color_of(i, j))


def arrow(ax, start, end):
    ax.annotate("", xy=end, xytext=start, arrowprops={"arrowstyle": "->", "color": "#333", "lw": 1.2})


def original(ax, ox, oy):
    """左: 元のテンソルと次元の向き。(ox, oy) だけずらして描く。"""
    matrix(ax, ox + 0.6, oy + 1.5, lambda i, j: "#ffffff")
    ax.text(ox + 2.1, oy + 3.85, f"m, shape {tuple(m.shape)}", ha="center", fontsize=14)
    arrow(ax, (ox + 0.25, oy + 3.5), (ox + 0.25, oy + 1.5))
    ax.text(ox + 0.05, oy + 2.5, "dim 0", rotation=90, ha="center", va="center", fontsize=13)
    arrow(ax, (ox + 0.6, oy + 1.2), (ox + 3.6, oy + 1.2))
    ax.text(ox + 2.1, oy + 0.85, "dim 1", ha="center", va="center", fontsize=13)


def along_dim0(ax, x0, oy):
    """中央: sum(dim=0) は同じ列 (次元 0 に沿った要素) を足す。"""
    matrix(ax, x0, oy + 1.5, lambda i, j: COLORS[j])
    for j in range(cols):
        arrow(ax, (x0 + j + 0.5, oy + 1.5), (x0 + j + 0.5, oy + 1.05))
        note = "+".join(str(int(v)) for v in m[:, j])
        cell(ax, x0 + j, oy + 0.0, sum0[j], COLORS[j], note)
    ax.text(x0 + 1.5, oy + 3.85, f"m.sum(dim=0), shape {tuple(sum0.shape)}", ha="center", fontsize=14)


def along_dim1(ax, x1, oy):
    """右: sum(dim=1) は同じ行 (次元 1 に沿った要素) を足す。"""
    matrix(ax, x1, oy + 1.5, lambda i, j: COLORS[i])
    for i in range(rows):
        y = oy + 1.5 + rows - 1 - i
        arrow(ax, (x1 + cols, y + 0.5), (x1 + cols + 0.45, y + 0.5))
        note = "+".join(str(int(v)) for v in m[i, :])
        cell(ax, x1 + cols + 0.5, y, sum1[i], COLORS[i], note)
    ax.text(x1 + 1.75, oy + 3.85, f"m.sum(dim=1), shape {tuple(sum1.shape)}", ha="center", fontsize=14)


def draw(stacked, figsize):
    """3 つの部分を横に並べるか、縦に積む (スマートフォン向け)。"""
    fig, ax = plt.subplots(figsize=figsize)
    if stacked:
        original(ax, 0.4, 9.0)
        along_dim0(ax, 0.9, 4.9)
        along_dim1(ax, 0.5, 0.0)
        ax.set_xlim(-0.2, 5.2)
        ax.set_ylim(1.3, 13.2)
    else:
        original(ax, 0.0, 0.0)
        along_dim0(ax, 5.0, 0.0)
        along_dim1(ax, 9.2, 0.0)
        ax.set_xlim(-0.2, 13.9)
        ax.set_ylim(-0.1, 4.2)
    ax.set_aspect("equal")
    ax.axis("off")
    fig.tight_layout()
    return fig


figure = draw(False, (9.6, 3.0))
phone = draw(True, (4.0, 8.8))  # スマートフォン向け: 縦に積む
