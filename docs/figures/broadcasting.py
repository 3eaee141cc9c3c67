"""ブロードキャスト: (3, 1) と (4,) の和が (3, 4) になる様子。値は torch で計算する。"""

import matplotlib.pyplot as plt
import torch

a = torch.tensor([[0], [10], [20]])  # (3, 1)
b = torch.tensor([1, 2, 3, 4])  # (4,)
result = a + b  # (3, 4)
a_stretched, b_stretched = torch.broadcast_tensors(a, b)  # 引き伸ばしたあとの形


def grid(ax, values, real, title):
    """values を表のマス目に描く。real が False のマスは、引き伸ばしで増えたマス (薄く描く)。"""
    rows, cols = values.shape
    for i in range(rows):
        for j in range(cols):
            ax.add_patch(
                plt.Rectangle(
                    (j, rows - 1 - i), 1, 1, facecolor="#fbe3d6" if real[i][j] else "#f4f4f4", edgecolor="#555"
                )
            )
            ax.text(
                j + 0.5,
                rows - 0.5 - i,
                str(int(values[i, j])),
                ha="center",
                va="center",
                color="#222" if real[i][j] else "#999",
                fontsize=13,
            )
    ax.set_xlim(-0.1, 4.1)
    ax.set_ylim(-0.1, 3.1)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(title, fontsize=14)


def draw(vertical, figsize):
    """a + b = 結果 の 5 つのパネルを横 (vertical=False) か縦に並べる。"""
    ratios = [4, 0.6, 4, 0.6, 4] if not vertical else [3, 0.5, 3, 0.5, 3]
    shape, ratio = ((5, 1), "height_ratios") if vertical else ((1, 5), "width_ratios")
    fig, axes = plt.subplots(*shape, figsize=figsize, gridspec_kw={ratio: ratios})
    grid(
        axes[0],
        a_stretched,
        [[j == 0 for j in range(4)] for _ in range(3)],
        f"a {tuple(a.shape)} -> {tuple(a_stretched.shape)}",
    )
    grid(
        axes[2],
        b_stretched,
        [[i == 0 for _ in range(4)] for i in range(3)],
        f"b {tuple(b.shape)} -> {tuple(b_stretched.shape)}",
    )
    grid(axes[4], result, [[True] * 4 for _ in range(3)], f"a + b {tuple(result.shape)}")
    for ax, symbol in ((axes[1], "+"), (axes[3], "=")):
        ax.text(0.5, 0.5, symbol, ha="center", va="center", fontsize=20)
        ax.axis("off")
    note = (
        "grey cells: values repeated\nby broadcasting (no copy is made)"
        if vertical
        else ("grey cells: values repeated by broadcasting (no copy is made)")
    )
    fig.text(0.5, 0.01, note, ha="center", va="bottom", fontsize=13, color="#555")
    fig.tight_layout(rect=(0, 0.05 if vertical else 0.08, 1, 1))
    return fig


figure = draw(False, (9.6, 2.4))
phone = draw(True, (4.0, 7.6))  # スマートフォン向け: パネルを縦に積む
