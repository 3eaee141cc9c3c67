import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3)
target = torch.tensor([0, 2, 1, 2])

# サンプルごとの値 (N,)
none = nn.CrossEntropyLoss(reduction="none")(logits, target)
# 合計
total = nn.CrossEntropyLoss(reduction="sum")(logits, target)
# 平均 (既定)
mean = nn.CrossEntropyLoss(reduction="mean")(logits, target)
print("none:", none, none.shape)
print("sum :", total)
print("mean:", mean)
print("sum と none.sum() が一致:", torch.allclose(total, none.sum()))
print("mean と none.mean() が一致:", torch.allclose(mean, none.mean()))
