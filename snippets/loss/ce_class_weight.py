import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3)
target = torch.tensor([0, 2, 1, 2])
# クラスごとの重み (C,) の float。
# 少ないクラスほど大きくする
weight = torch.tensor([1.0, 5.0, 0.5])
print("weight:", weight.shape, weight.dtype)

loss = nn.CrossEntropyLoss(weight=weight)(logits, target)
per_sample = nn.CrossEntropyLoss(weight=weight, reduction="none")(logits, target)
# すでに w[target] が掛かっている
print("reduction='none':", per_sample)

nll = -F.log_softmax(logits, dim=1)[torch.arange(4), target]
# 各サンプルの正解クラスの重み
w = weight[target]
print("w[target]:", w)
print("none と w×nll が一致:", torch.allclose(per_sample, w * nll))

# 'mean' はサンプル数 (4) ではなく、
# 重みの合計 w[target].sum() で割る
print("mean      :", loss)
print("Σ(w×nll)/Σw:", (w * nll).sum() / w.sum(), torch.allclose(loss, (w * nll).sum() / w.sum()))
print("Σ(w×nll)/N :", (w * nll).sum() / 4)
