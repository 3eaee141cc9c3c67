import torch
from torch import nn

# テンソルの .to は新しいテンソルを返し、
# 元のテンソルは変わらない
t = torch.ones(2)
t64 = t.to(torch.float64)
print(t64 is t, t.dtype, t64.dtype)

# 代入しないと何も起きない
t.to(torch.float64)
print(t.dtype)

# nn.Module の .to はモジュール自身を書き換え、
# 同じオブジェクトを返す
model = nn.Linear(2, 1)
returned = model.to(torch.float64)
print(returned is model, model.weight.dtype)
