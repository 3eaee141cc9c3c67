import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
x, y = torch.randn(4, 2), torch.randn(4, 1)

# 評価用に書いた no_grad の中で損失を計算し、
# そのまま学習に使ってしまった
with torch.no_grad():
    loss = nn.MSELoss()(model(x), y)
print("requires_grad:", loss.requires_grad, "grad_fn:", loss.grad_fn)
try:
    loss.backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 学習の損失は no_grad の外で計算する
loss = nn.MSELoss()(model(x), y)
print("requires_grad:", loss.requires_grad, "grad_fn:", loss.grad_fn.name())
loss.backward()
print(model.weight.grad)
