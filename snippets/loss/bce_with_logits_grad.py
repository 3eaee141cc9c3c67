import torch
from torch import nn

# 大きなロジットでの勾配。
# 正しい勾配は sigmoid(x) - y
# (ここでは y=0 なので sigmoid(x))
target = torch.zeros(3)

x1 = torch.tensor([5.0, 12.0, 20.0], requires_grad=True)
nn.BCELoss(reduction="sum")(torch.sigmoid(x1), target).backward()

x2 = torch.tensor([5.0, 12.0, 20.0], requires_grad=True)
nn.BCEWithLogitsLoss(reduction="sum")(x2, target).backward()

# 20 では 0 になり、学習が進まない
print("sigmoid + BCELoss の勾配:", x1.grad)
print("BCEWithLogitsLoss の勾配:", x2.grad)
print("正しい勾配 sigmoid(x)-y :", torch.sigmoid(x2.detach()) - target)
