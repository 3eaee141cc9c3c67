import torch
from torch import nn

# L1Loss: 差の絶対値の平均 (平均絶対誤差)
pred = torch.tensor([[2.5, 0.0], [1.0, -1.0], [3.0, 2.0]])
target = torch.tensor([[3.0, -0.5], [1.0, 0.0], [2.0, 2.0]])
print("pred  :", pred.shape, pred.dtype)
print("target:", target.shape, target.dtype)

loss = nn.L1Loss()(pred, target)
manual = (pred - target).abs().mean()
print("L1Loss:", loss)
print("手計算:", manual)
print("一致:", torch.allclose(loss, manual))
