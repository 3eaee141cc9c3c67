"""ビューとストライド: 1 つのストレージ (6 要素) を x と x.T の 2 つのビューが読む。値、ストライド、
各要素がストレージの何番目を読むか (data_ptr() から求める) は torch で調べる。"""

import matplotlib.pyplot as plt
import torch

x = torch.arange(6).view(2, 3)
views = {"x = arange(6).view(2, 3)": x, "x.T": x.T}
storage = x.untyped_storage()
assert all(v.untyped_storage().data_ptr() == storage.data_ptr() for v in views.values())  # 同じストレージ
data = torch.empty(0, dtype=x.dtype).set_(storage)  # ストレージをデータの並びのまま 1 次元で読む


def index(view, i, j):
    """view[i, j] がストレージの何番目の要素か: アドレスの差を要素のバイト数で割る。"""
    offset = (view[i, j].data_ptr() - storage.data_ptr()) // view.element_size()
    assert offset == view[i, j].storage_offset()
    return offset


COLORS = ["#fbe3d6", "#fdf0c4", "#dcefd8", "#d6e6f5", "#e6dcf2", "#f2d9e6"]  # ストレージの番号ごとの色


def cell(ax, x0, y0, k, value, label):
    ax.add_patch(plt.Rectangle((x0, y0), 1, 1, facecolor=COLORS[k], edgecolor="#555"))
    ax.text(x0 + 0.5, y0 + 0.6, str(int(value)), ha="center", va="center", fontsize=14)
    ax.text(x0 + 0.5, y0 + 0.22, label, ha="center", va="center", fontsize=13, color="#444")


def arrow(ax, start, end, text, **kw):
    ax.annotate("", xy=end, xytext=start, arrowprops={"arrowstyle": "->", "color": "#333", "lw": 1.1})
    ax.text((start[0] + end[0]) / 2, (start[1] + end[1]) / 2, text, fontsize=13, ha="center", va="center", **kw)


def view_grid(ax, x0, top, title, view):
    rows, cols = view.shape
    for i in range(rows):
        for j in range(cols):
            k = index(view, i, j)
            cell(ax, x0 + j, top - 1 - i, k, view[i, j], f"s[{k}]")
    s0, s1 = view.stride()
    arrow(ax, (x0, top + 0.25), (x0 + cols, top + 0.25), f"dim 1: +{s1}", backgroundcolor="white")
    arrow(ax, (x0 - 0.25, top), (x0 - 0.25, top - rows), f"dim 0: +{s0}", rotation=90, backgroundcolor="white")
    contiguous = "contiguous" if view.is_contiguous() else "not contiguous"
    ax.text(x0 + cols / 2, top + 1.2, title, ha="center", fontsize=14, weight="bold")
    ax.text(x0 + cols / 2, top + 0.75, f"stride {view.stride()}, {contiguous}", ha="center", fontsize=13)


def storage_row(ax, s_left, s_y):
    """ストレージ (データの並び) を (s_left, s_y) を左下にして描く。上の数字はストレージの番号。"""
    for k, value in enumerate(data):
        cell(ax, s_left + k, s_y, k, value, f"s[{k}]")
    ax.text(s_left + 3, s_y + 1.35, f"storage: {len(data)} x {x.dtype} in memory order", ha="center", fontsize=14)
    ax.text(s_left + 3, s_y + 1.85, "x and x.T share it (same data_ptr)", ha="center", fontsize=13, color="#444")
    for row, (name, view) in enumerate(views.items()):
        order = [index(view, i, j) for i in range(view.shape[0]) for j in range(view.shape[1])]
        reads = " ".join(str(k) for k in order)
        ax.text(
            s_left + 3,
            s_y - 0.45 - 0.45 * row,
            f"{name.split(' ')[0]} row by row reads s[ {reads} ]",
            ha="center",
            fontsize=13,
        )
    note = "+n: storage step when that index grows by 1"
    ax.text(s_left + 3, s_y - 1.45, note, ha="center", fontsize=13, color="#444")


def draw(stacked, figsize):
    """x、ストレージ、x.T を横に並べるか、縦に積む (スマートフォン向け)。"""
    fig, ax = plt.subplots(figsize=figsize)
    (name_x, x_view), (name_t, t_view) = views.items()
    if stacked:
        view_grid(ax, 2.0, 12.0, name_x, x_view)
        storage_row(ax, 0.5, 7.0)
        view_grid(ax, 2.5, 3.6, name_t, t_view)
        ax.set_xlim(-0.2, 7.2)
        ax.set_ylim(0.4, 13.6)
    else:
        view_grid(ax, 0.7, 3.0, name_x, x_view)
        storage_row(ax, 5.2, 1.6)
        view_grid(ax, 12.7, 3.2, name_t, t_view)
        ax.set_xlim(-0.2, 14.9)
        ax.set_ylim(-0.1, 4.5)
    ax.set_aspect("equal")
    ax.axis("off")
    fig.tight_layout()
    return fig


figure = draw(False, (9.6, 3.0))
phone = draw(True, (5.0, 8.8))  # スマートフォン向け: 縦に積む (表示は約 0.75 倍)
