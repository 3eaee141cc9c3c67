import torch
from torch import nn

# 回帰: 予測と目標値は
# 同じ形状の浮動小数点数テンソル
pred = torch.tensor([[2.5, 0.0], [1.0, -1.0], [3.0, 2.0]])
target = torch.tensor([[3.0, -0.5], [1.0, 0.0], [2.0, 2.0]])
print("pred  :", pred.shape, pred.dtype)
print("target:", target.shape, target.dtype)

loss = nn.MSELoss()(pred, target)
print("MSELoss :", loss)

# 手計算: 差の二乗を全要素で平均する
# (既定の reduction='mean')
manual = ((pred - target) ** 2).mean()
print("手計算  :", manual)
print("一致:", torch.allclose(loss, manual))
