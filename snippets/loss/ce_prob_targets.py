import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
logits = torch.randn(2, 3)
# 目標値にクラスごとの確率 (N, C) の
# float を渡すこともできる (各行の和は 1)
target = torch.tensor([[0.7, 0.2, 0.1], [0.0, 0.5, 0.5]])
print("logits:", logits.shape, logits.dtype)
print("target:", target.shape, target.dtype)

loss = nn.CrossEntropyLoss()(logits, target)
manual = -(target * F.log_softmax(logits, dim=1)).sum(dim=1).mean()
print("CrossEntropyLoss:", loss)
print("手計算:", manual)
print("一致:", torch.allclose(loss, manual))

# one-hot の確率を渡すと、
# クラス番号で渡したときと同じ値になる
index = torch.tensor([0, 2])
one_hot = F.one_hot(index, num_classes=3)
# int64 なので float に変換して渡す
print("one_hot の dtype:", one_hot.dtype)
one_hot = one_hot.float()
print("one-hot:", nn.CrossEntropyLoss()(logits, one_hot), "番号:", nn.CrossEntropyLoss()(logits, index))
