import torch
from torch import nn

logits = torch.tensor([0.5, -1.0, 2.0])
# 整数のラベルのまま渡す
labels = torch.tensor([1, 0, 1])
loss_fn = nn.BCEWithLogitsLoss()

try:
    loss_fn(logits, labels)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 正解も浮動小数点数にする
print(loss_fn(logits, labels.float()))
