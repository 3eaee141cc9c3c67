import torch
from torch import nn

# BCEWithLogitsLoss: 入力はシグモイド前の
# ロジット (任意の実数)、目標値は 0/1 の float
logits = torch.tensor([2.0, -1.0, 0.5, -3.0])
target = torch.tensor([1.0, 0.0, 0.0, 1.0])

loss = nn.BCEWithLogitsLoss()(logits, target)
via_sigmoid = nn.BCELoss()(torch.sigmoid(logits), target)
# 手計算 (桁あふれしない形):
# max(x, 0) - x*y + log(1 + exp(-|x|))
manual = (logits.clamp(min=0) - logits * target + torch.log1p(torch.exp(-logits.abs()))).mean()
print("BCEWithLogitsLoss:", loss)
print("sigmoid + BCELoss:", via_sigmoid)
print("手計算           :", manual)
print("一致:", torch.allclose(loss, manual), torch.allclose(loss, via_sigmoid))
