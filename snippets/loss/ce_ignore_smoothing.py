import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3)
log_prob = F.log_softmax(logits, dim=1)

# ignore_index: この番号を持つサンプルは
# 合計からも平均の分母からも外される
# (既定は -100)
target = torch.tensor([0, -100, 1, 2])
loss = nn.CrossEntropyLoss(ignore_index=-100)(logits, target)
keep = target != -100
# 残った 3 件の平均
manual = -log_prob[keep.nonzero().squeeze(1), target[keep]].mean()
print("ignore_index:", loss, manual, torch.allclose(loss, manual))

# label_smoothing=ε:
# 目標を (1-ε)×one-hot + ε/C にぼかす
eps, C = 0.1, 3
target = torch.tensor([0, 2, 1, 2])
loss = nn.CrossEntropyLoss(label_smoothing=eps)(logits, target)
nll = -log_prob[torch.arange(4), target]
# 全クラスの -log p の平均
uniform = -log_prob.mean(dim=1)
manual = ((1 - eps) * nll + eps * uniform).mean()
print("label_smoothing:", loss, manual, torch.allclose(loss, manual))
