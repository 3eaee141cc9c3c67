"""計算グラフと逆伝播: y = (w * x + b).sum() の grad_fn から next_functions をたどって、実際のノードを描く。
葉には y.backward() のあとの .grad を書く。"""

import matplotlib.pyplot as plt
import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
x = torch.tensor([4.0, 5.0, 6.0])  # 入力データ: 勾配は要らない
b = torch.tensor([0.5, 0.5, 0.5], requires_grad=True)
y = (w * x + b).sum()
y.backward()
leaves = {id(w): ("w", w), id(b): ("b", b)}


def fmt(t):
    return "[" + ", ".join(f"{v:g}" for v in t.tolist()) + "]"


# next_functions を再帰的にたどり、ノードごとに (名前, 深さ, 葉の .grad の説明) を集める
nodes, edges = [], []


def walk(node, depth):
    if node is None:  # 勾配の要らない入力への辺 (ここでは w * x の x)
        nodes.append(("None", depth, None))
        return len(nodes) - 1
    name = node.name().split("::")[-1]  # "torch::autograd::AccumulateGrad" -> "AccumulateGrad"
    leaf = None
    if hasattr(node, "variable"):  # AccumulateGrad: 葉テンソルの .grad に書き込むノード
        label, tensor = leaves[id(node.variable)]
        leaf = f"{label}.grad = {fmt(tensor.grad)}"
    nodes.append((name, depth, leaf))
    me = len(nodes) - 1
    for child, _ in node.next_functions:
        edges.append((me, walk(child, depth + 1)))
    return me


walk(y.grad_fn, 0)

# 縦の位置: 子のない節 (葉と None) を上から順に並べ、親は子の平均の高さに置く
children = {i: [c for p, c in edges if p == i] for i in range(len(nodes))}
row = {}


def place(i):
    if not children[i]:
        row[i] = sum(not children[j] for j in row)  # これまでに置いた、子のない節の数
    else:
        for c in children[i]:
            place(c)
        row[i] = sum(row[c] for c in children[i]) / len(children[i])


place(0)

XS, DY = 2.45, 0.9  # 深さごとの横の間隔、行の間隔
BOX_W, BOX_H = 2.1, 0.5
INDENT = 0.45  # スマートフォン向けの形: 深さごとの字下げ


def node(ax, i, cx, cy):
    """節の箱と名前。葉 (AccumulateGrad) には .grad を、None には勾配の要らない入力であることを箱の下に書く。"""
    name, _, leaf = nodes[i]
    none = name == "None"
    ax.add_patch(
        plt.Rectangle(
            (cx - BOX_W / 2, cy - BOX_H / 2),
            BOX_W,
            BOX_H,
            facecolor="#f4f4f4" if none else ("#dcefd8" if leaf else "#d6e6f5"),
            edgecolor="#999" if none else "#555",
            linestyle="--" if none else "-",
        )
    )
    ax.text(cx, cy, name, ha="center", va="center", fontsize=12, color="#777" if none else "#222")
    if leaf:
        ax.text(cx, cy - 0.42, leaf, ha="center", va="center", fontsize=11, color="#1b5e20")
    if none:
        ax.text(cx, cy - 0.42, "input x: requires_grad=False", ha="center", va="center", fontsize=11, color="#777")


def arrow(ax, start, end, color="#333", lw=1.2):
    ax.annotate("", xy=end, xytext=start, arrowprops={"arrowstyle": "->", "color": color, "lw": lw})


ACCUMULATE = "AccumulateGrad adds the gradient to the leaf's .grad"
BACKWARD = "y.backward(): from the output to the leaves"


def wide():
    """深さを左から右へ並べる。"""
    fig, ax = plt.subplots(figsize=(9.6, 3.0))

    def center(i):
        return 1.45 + nodes[i][1] * XS, -row[i] * DY

    for i in range(len(nodes)):
        node(ax, i, *center(i))
    for parent, child in edges:
        (px, py), (cx, cy) = center(parent), center(child)
        arrow(ax, (px + BOX_W / 2, py), (cx - BOX_W / 2, cy))

    # 出発点の y と、逆伝播の向き
    cx, cy = center(0)
    ax.text(cx - BOX_W / 2, cy + 0.45, f"y = {y.item():g}", ha="left", va="center", fontsize=14)
    ax.text(cx - BOX_W / 2, cy - 0.45, "y.grad_fn", ha="left", va="center", fontsize=11, color="#444")
    left, right = cx - BOX_W / 2, center(1)[0] + BOX_W / 2
    arrow(ax, (left, 0.0), (right, 0.0), color="#c0392b", lw=1.5)
    ax.text(left, 0.3, BACKWARD, ha="left", fontsize=11, color="#c0392b")
    ax.text(left, -max(row.values()) * DY - 0.42, ACCUMULATE, va="center", fontsize=11, color="#1b5e20")
    ax.set_xlim(left - 0.1, 1.45 + max(depth for _, depth, _ in nodes) * XS + BOX_W / 2 + 0.2)
    ax.set_ylim(-max(row.values()) * DY - 0.7, 0.65)
    ax.set_aspect("equal")
    ax.axis("off")
    fig.tight_layout()
    return fig


def narrow():
    """スマートフォン向け: 節を 1 行に 1 つ、たどる順に縦に積み、深さの分だけ字下げする。"""
    fig, ax = plt.subplots(figsize=(4.0, 5.9))

    def left(i):  # 箱の左端と、行の中心の高さ
        return nodes[i][1] * INDENT, -i * DY

    for i in range(len(nodes)):
        x0, cy = left(i)
        node(ax, i, x0 + BOX_W / 2, cy)
    for parent, child in edges:  # 親の箱の下から下ろして、子の箱の左へ曲げる
        (px, py), (cx, cy) = left(parent), left(child)
        ax.plot([px + INDENT / 2] * 2, [py - BOX_H / 2, cy], color="#333", lw=1.2)
        arrow(ax, (px + INDENT / 2, cy), (cx, cy))

    bottom = -(len(nodes) - 1) * DY
    ax.text(0, 0.45, f"y = {y.item():g}", ha="left", va="center", fontsize=14)
    ax.text(BOX_W + 0.1, 0, "y.grad_fn", ha="left", va="center", fontsize=11, color="#444")
    side = max(depth for _, depth, _ in nodes) * INDENT + BOX_W + 0.25  # 逆伝播の向きの矢印
    arrow(ax, (side, 0.0), (side, bottom), color="#c0392b", lw=1.5)
    ax.text(side + 0.2, bottom / 2, BACKWARD, rotation=90, ha="center", va="center", fontsize=11, color="#c0392b")
    ax.text(0, bottom - 0.95, ACCUMULATE.replace(" to the", "\nto the"), va="center", fontsize=11, color="#1b5e20")
    ax.set_xlim(-0.1, side + 0.4)
    ax.set_ylim(bottom - 1.2, 0.65)
    ax.set_aspect("equal")
    ax.axis("off")
    fig.tight_layout()
    return fig


figure = wide()
phone = narrow()
