import torch
from torch import nn

torch.manual_seed(0)
# 出力が 1 つの 2 値分類のモデル: 出力は (4, 1)
model = nn.Linear(3, 1)
x = torch.randn(4, 3)
# 正解は (4,)
target = torch.tensor([0.0, 1.0, 1.0, 0.0])
loss_fn = nn.BCEWithLogitsLoss()

try:
    loss_fn(model(x), target)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")

# 出力の最後の次元を落として (4,) にそろえる
print(loss_fn(model(x).squeeze(1), target))
