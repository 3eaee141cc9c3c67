import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
# 入力: 正規化前のスコア (ロジット)
# (N, C) の float32
# 目標値: クラス番号 (N,) の int64。
# 値は 0 から C-1
logits = torch.randn(4, 3)
target = torch.tensor([0, 2, 1, 2])
print("logits:", logits.shape, logits.dtype)
print("target:", target.shape, target.dtype)

loss = nn.CrossEntropyLoss()(logits, target)
print("CrossEntropyLoss:", loss)

# 手計算: log_softmax を取り、正解クラスの
# 値の符号を反転してバッチで平均する
log_prob = F.log_softmax(logits, dim=1)
per_sample = -log_prob[torch.arange(4), target]
print("サンプルごと:", per_sample)
manual = per_sample.mean()
print("手計算:", manual)
print("一致:", torch.allclose(loss, manual))
