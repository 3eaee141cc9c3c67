import torch
from torch import nn

loss_fn = nn.BCELoss()

# 1) 入力が 0〜1 の範囲外
# (シグモイドを通していないロジットなど)
logits = torch.tensor([2.0, -1.0, 0.5])
try:
    loss_fn(logits, torch.tensor([1.0, 0.0, 1.0]))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 2) 目標値が
# int64 (クラス番号をそのまま渡した)
prob = torch.sigmoid(logits)
labels = torch.tensor([1, 0, 1])
try:
    loss_fn(prob, labels)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 正しくは、確率と float の目標値を渡す
print(loss_fn(prob, labels.float()))
