import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3)
# クラス番号を float で作ってしまった
target = torch.tensor([0.0, 2.0, 1.0, 2.0])

try:
    nn.CrossEntropyLoss()(logits, target)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# クラス番号は int64 (long) にする
print(nn.CrossEntropyLoss()(logits, target.long()))
