import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(1024, 224), nn.ReLU(), nn.Linear(224, 10))

# パラメータ数 = 各パラメータの要素数の合計
total = sum(p.numel() for p in model.parameters())
print("全パラメータ数:", total)
# 内訳: 1024*224 + 224 (1 層目の重みと
# バイアス) + 224*10 + 10 (2 層目)
print("検算:", 1024 * 224 + 224 + 224 * 10 + 10)

# 1 層目を凍結 (requires_grad=False) すると、
# 学習対象のパラメータ数が減る
model[0].requires_grad_(False)
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print("学習対象のパラメータ数:", trainable)
