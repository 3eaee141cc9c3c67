import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(16, 2), torch.randn(16, 1)

# 誤り: パラメータと同じメモリを指す参照
best_ref = model.state_dict()
# 正しい: その時点の値のコピー
best_copy = copy.deepcopy(model.state_dict())
print("保存した時点の重み:", model.weight.detach())

# 学習を続ける
# (パラメータはインプレースで更新される)
for _ in range(3):
    optimizer.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()

print("学習後の重み      :", model.weight.detach())
print("best_ref の重み   :", best_ref["weight"])
print("best_copy の重み  :", best_copy["weight"])
print("メモリを共有しているか:", best_ref["weight"].data_ptr() == model.weight.data_ptr())
