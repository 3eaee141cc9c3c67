import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3)  # (バッチ, クラス)
# 形状 (4, 1) のクラス番号
labels = torch.tensor([[0], [2], [1], [2]])
loss_fn = nn.CrossEntropyLoss()

try:
    loss_fn(logits, labels)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# one-hot (int64) で渡しても通らない
try:
    loss_fn(logits, F.one_hot(labels.squeeze(1), num_classes=3))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# クラス番号は形状 (バッチ,) にする
print(labels.squeeze(1))
print(loss_fn(logits, labels.squeeze(1)))
