import torch
from torch import nn

# BCELoss: 入力は確率 (0〜1) の float、
# 目標値は同じ形状の 0/1 (float)
prob = torch.tensor([0.9, 0.2, 0.6, 0.4])
target = torch.tensor([1.0, 0.0, 0.0, 1.0])
print("prob  :", prob.shape, prob.dtype)
print("target:", target.shape, target.dtype)

loss = nn.BCELoss()(prob, target)
manual = -(target * torch.log(prob) + (1 - target) * torch.log(1 - prob)).mean()
print("BCELoss:", loss)
print("手計算 :", manual)
print("一致:", torch.allclose(loss, manual))
