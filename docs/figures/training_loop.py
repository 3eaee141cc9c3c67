"""学習ループの 5 つの手順を 1 周の輪として描き、各手順に重み 1 個のモデルの実際の値を書く。
1 回目のイテレーションで .grad に勾配が残った状態から、2 回目のイテレーションを記録する。"""

import matplotlib.pyplot as plt
import torch
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

torch.manual_seed(0)
model = torch.nn.Linear(1, 1, bias=False)  # pred = w * x
w = model.weight
with torch.no_grad():
    w.fill_(1.0)
loss_fn = torch.nn.MSELoss()
x, target = torch.tensor([[2.0]]), torch.tensor([[6.0]])
lr = 0.05
optimizer = torch.optim.SGD(model.parameters(), lr=lr)


def iteration(notes):
    old = "None" if w.grad is None else f"{w.grad.item():g}"
    optimizer.zero_grad()  # 既定 (set_to_none=True) では .grad が None になる
    notes["zero_grad"] = [f"w.grad: {old} -> {w.grad}"]
    pred = model(x)
    notes["forward"] = ["pred = w * x", f"= {w.item():g} * {x.item():g} = {pred.item():.4g}"]
    loss = loss_fn(pred, target)
    notes["loss"] = ["(pred - y)**2", f"= ({pred.item():.4g} - {target.item():g})**2", f"= {loss.item():.4g}"]
    loss.backward()
    notes["backward"] = [f"w.grad = {w.grad.item():.4g}"]
    before = w.item()
    optimizer.step()
    notes["step"] = ["w -= lr * w.grad", f"lr = {lr:g}", f"w: {before:.4g} -> {w.item():.4g}"]


iteration({})  # 1 回目: w.grad に勾配が残る
notes = {}
iteration(notes)  # 2 回目を描く
stages = [
    ("zero_grad", "optimizer.zero_grad()"),
    ("forward", "pred = model(x)"),
    ("loss", "loss_fn(pred, y)"),
    ("backward", "loss.backward()"),
    ("step", "optimizer.step()"),
]

BOX_W, BOX_H, GAP = 1.8, 1.55, 0.16
TITLE = f"model = nn.Linear(1, 1, bias=False), x = {x.item():g}, y = {target.item():g}, MSELoss, SGD: iteration 2"


def box(ax, k, name, code, x0, y0):
    ax.add_patch(
        FancyBboxPatch(
            (x0, y0), BOX_W, BOX_H, boxstyle="round,pad=0.02", facecolor="#d6e6f5", edgecolor="#555", linewidth=1
        )
    )
    ax.text(x0 + BOX_W / 2, y0 + BOX_H - 0.2, f"{k + 1}. {name}", ha="center", va="center", fontsize=12, weight="bold")
    ax.text(x0 + BOX_W / 2, y0 + BOX_H - 0.48, code, ha="center", va="center", fontsize=10, family="monospace")
    for n, line in enumerate(notes[name]):
        y = y0 + BOX_H - 0.82 - 0.24 * n
        ax.text(x0 + BOX_W / 2, y, line, ha="center", va="center", fontsize=11, color="#1b4f72")


def arrow(ax, start, end):
    ax.annotate("", xy=end, xytext=start, arrowprops={"arrowstyle": "->", "color": "#333", "lw": 1.3})


def back_arrow(ax, start, end, rad):
    """最後の step から最初の zero_grad へ戻る矢印 (次のイテレーション)。"""
    ax.add_patch(
        FancyArrowPatch(
            start, end, connectionstyle=f"arc3,rad={rad}", arrowstyle="->", mutation_scale=12, color="#c0392b", lw=1.4
        )
    )


def draw(vertical, figsize):
    """5 つの手順を横に並べるか、縦に積む (スマートフォン向け)。"""
    fig, ax = plt.subplots(figsize=figsize)
    n = len(stages)
    gap = 0.3 if vertical else GAP
    for k, (name, code) in enumerate(stages):
        x0, y0 = (0, (n - 1 - k) * (BOX_H + gap)) if vertical else (k * (BOX_W + gap), 0)
        box(ax, k, name, code, x0, y0)
        if k < n - 1 and vertical:
            arrow(ax, (BOX_W / 2, y0), (BOX_W / 2, y0 - gap))
        elif k < n - 1:
            arrow(ax, (x0 + BOX_W, BOX_H / 2), (x0 + BOX_W + gap, BOX_H / 2))
    if vertical:
        top = (n - 1) * (BOX_H + gap) + BOX_H
        back_arrow(ax, (BOX_W + 0.05, BOX_H / 2), (BOX_W + 0.05, top - BOX_H / 2), 0.25)
        ax.text(BOX_W + 0.75, top / 2, "next iteration (next batch)", rotation=90, **NEXT)
        ax.text(
            0, top + 0.15, TITLE.replace(", x", ",\nx").replace(", MSELoss", ",\nMSELoss"), fontsize=12, color="#444"
        )
        ax.set_xlim(-0.1, BOX_W + 1.0)
        ax.set_ylim(-0.1, top + 1.0)
    else:
        last = (n - 1) * (BOX_W + gap) + BOX_W / 2
        back_arrow(ax, (last, -0.05), (BOX_W / 2, -0.05), -0.12)
        ax.text(last / 2 + BOX_W / 4, -0.78, "next iteration (next batch)", **NEXT)
        ax.text(0, BOX_H + 0.2, TITLE, fontsize=13, color="#444")
        ax.set_xlim(-0.1, n * (BOX_W + gap) - gap + 0.1)
        ax.set_ylim(-0.95, BOX_H + 0.45)
    ax.set_aspect("equal")
    ax.axis("off")
    fig.tight_layout()
    return fig


NEXT = {"ha": "center", "va": "center", "fontsize": 13, "color": "#c0392b"}
figure = draw(False, (9.6, 3.0))
phone = draw(True, (4.0, 8.8))  # スマートフォン向け: 手順を縦に積む
