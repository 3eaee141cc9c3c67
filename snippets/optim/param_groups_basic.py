import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)

# param_groups はパラメータグループ
# (辞書) のリスト。
# model.parameters() を渡すとグループは 1 つ
print("グループ数:", len(optimizer.param_groups))
group = optimizer.param_groups[0]
print("キー:", sorted(group))
print("パラメータの形状:", [tuple(p.shape) for p in group["params"]])
print("lr:", group["lr"], "momentum:", group["momentum"], "weight_decay:", group["weight_decay"])
