import torch
from torch import nn

torch.manual_seed(0)
# 小さな線形回帰の問題:
# y = X·w + ノイズ (64 サンプル、特徴量 3 個)
X = torch.randn(64, 3)
y = X @ torch.tensor([[1.5], [-2.0], [0.5]]) + 0.1 * torch.randn(64, 1)

# lr はこの問題のために選んだ値
# (Adadelta は既定値の 1.0)
optimizers = {
    "SGD": lambda p: torch.optim.SGD(p, lr=0.1),
    "SGD+momentum": lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
    "Adam": lambda p: torch.optim.Adam(p, lr=0.1),
    "AdamW": lambda p: torch.optim.AdamW(p, lr=0.1),
    "RMSprop": lambda p: torch.optim.RMSprop(p, lr=0.1),
    "Adagrad": lambda p: torch.optim.Adagrad(p, lr=0.1),
    "Adadelta": lambda p: torch.optim.Adadelta(p, lr=1.0),
}

print(f"{'':13s}" + "".join(f"{f'step {s}':>9s}" for s in (0, 10, 20, 30)))
for name, make in optimizers.items():
    torch.manual_seed(1)
    # どのオプティマイザも同じ初期値から始める
    model = nn.Linear(3, 1)
    optimizer = make(model.parameters())
    losses = []
    for step in range(31):
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(X), y)
        if step % 10 == 0:
            losses.append(loss.item())
        loss.backward()
        optimizer.step()
    print(f"{name:13s}" + "".join(f"{v:9.4f}" for v in losses))

# 参考: 最小二乗法で解いたときの損失
# (この問題で到達できる最小の損失)。
# バイアスの列を足す
A = torch.cat([X, torch.ones(64, 1)], dim=1)
best = nn.functional.mse_loss(A @ torch.linalg.lstsq(A, y).solution, y)
print(f"最小二乗解の損失: {best.item():.4f}")
