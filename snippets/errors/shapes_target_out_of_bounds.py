import torch
from torch import nn

torch.manual_seed(0)
# 3 クラス: 正しいクラス番号は 0, 1, 2
logits = torch.randn(4, 3)
# 1 から数えたクラス番号
labels = torch.tensor([1, 3, 2, 1])

try:
    nn.CrossEntropyLoss()(logits, labels)
except IndexError as e:
    print(f"{type(e).__name__}: {e}")

# クラス番号を 0 から数えるように直す
labels = labels - 1
print(labels.min().item(), labels.max().item())
print(nn.CrossEntropyLoss()(logits, labels))
