import torch
import torch.nn.functional as F
from torch import nn

# 目標値 0 に対して大きなロジットを出した
# (自信満々に間違えた) 場合
logits = torch.tensor([5.0, 10.0, 15.0, 20.0, 50.0])
target = torch.zeros(5)

prob = torch.sigmoid(logits)
# 17 以上では 1.0 ちょうどに丸められる
print("sigmoid (float32):", prob.tolist())

bce = nn.BCELoss(reduction="none")(prob, target)
bce_logits = nn.BCEWithLogitsLoss(reduction="none")(logits, target)
# 参照値: float64 で計算した正確な値
# (目標値 0 なら log(1 + exp(x)))
reference = F.softplus(logits.double())
print("BCELoss          :", bce)
print("BCEWithLogitsLoss:", bce_logits)
print("float64 の参照値 :", reference)
print("BCEWithLogitsLoss は参照値と一致:", torch.allclose(bce_logits.double(), reference))
