"""オプティマイザの損失の推移: snippets/optim/compare_optimizers.py と同じ問題・学習率・初期値で実際に学習する。"""

import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)
# compare_optimizers.py と同じ線形回帰の問題: y = X·w + ノイズ (64 サンプル、特徴量 3 個)
X = torch.randn(64, 3)
y = X @ torch.tensor([[1.5], [-2.0], [0.5]]) + 0.1 * torch.randn(64, 1)

optimizers = {
    "SGD": lambda p: torch.optim.SGD(p, lr=0.1),
    "SGD + momentum 0.9": lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
    "Adam": lambda p: torch.optim.Adam(p, lr=0.1),
    "AdamW": lambda p: torch.optim.AdamW(p, lr=0.1),
    "RMSprop": lambda p: torch.optim.RMSprop(p, lr=0.1),
}
styles = {"AdamW": {"linestyle": "--"}}  # Adam とほぼ重なるので破線にする

curves = {}
for name, make in optimizers.items():
    torch.manual_seed(1)
    model = nn.Linear(3, 1)  # どのオプティマイザも同じ初期値から始める
    optimizer = make(model.parameters())
    losses = []
    for _ in range(31):
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(X), y)
        losses.append(loss.item())
        loss.backward()
        optimizer.step()
    curves[name] = losses

# 最小二乗法で解いたときの損失 (この問題で到達できる最小の損失)
A = torch.cat([X, torch.ones(64, 1)], dim=1)
best = nn.functional.mse_loss(A @ torch.linalg.lstsq(A, y).solution, y).item()


def draw(narrow, figsize):
    """narrow (スマートフォン向け) では題を 2 行にし、凡例をグラフの下に置く。"""
    fig, ax = plt.subplots(figsize=figsize, layout="constrained" if narrow else None)
    for name, losses in curves.items():
        ax.plot(
            range(len(losses)), losses, marker="o", markersize=2.5, linewidth=1.5, label=name, **styles.get(name, {})
        )
    ax.axhline(best, color="#555", linewidth=1, linestyle=":", label=f"least squares\n(minimum, {best:.4f})")
    title = "linear regression, 64 samples x 3 features, lr = 0.1, same initial weights"
    ax.set_title(title.replace(", ", ",\n", 2) if narrow else title, fontsize=11 if narrow else 14)
    ax.set_yscale("log")
    ax.set_xlabel("step", fontsize=12 if narrow else 14)
    ax.set_ylabel("MSE loss (log scale)", fontsize=12 if narrow else 14)
    ax.set_xlim(0, 30)
    ax.tick_params(labelsize=9)
    ax.grid(True, which="major", color="#e5e5e5", linewidth=0.8)
    if narrow:
        fig.legend(fontsize=10, loc="outside lower center", ncols=2, frameon=False)
    else:
        ax.legend(fontsize=13, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
        fig.tight_layout()
    return fig


figure = draw(False, (9.6, 3.4))
phone = draw(True, (4.0, 5.4))  # スマートフォン向け: 凡例をグラフの下に置く
