import torch
import torch.nn.functional as F
from torch import nn

# マルチラベル分類: 入力・目標値ともに (N, C)。
# pos_weight はクラスごと (C,) の正例の重み
logits = torch.tensor([[1.0, -2.0, 0.5], [-0.5, 1.5, -1.0]])
target = torch.tensor([[1.0, 0.0, 0.0], [0.0, 1.0, 1.0]])
# 例: 負例の数 / 正例の数
pos_weight = torch.tensor([1.0, 3.0, 3.0])

loss = nn.BCEWithLogitsLoss(pos_weight=pos_weight)(logits, target)
# 手計算: 正例の項 (y * log σ(x)) だけに
# pos_weight を掛ける
log_p = F.logsigmoid(logits)  # log σ(x)
# log(1 - σ(x))
log_1mp = F.logsigmoid(-logits)
manual = -(pos_weight * target * log_p + (1 - target) * log_1mp).mean()
print("pos_weight あり:", loss)
print("手計算         :", manual)
print("一致:", torch.allclose(loss, manual))
print("pos_weight なし:", nn.BCEWithLogitsLoss()(logits, target))
