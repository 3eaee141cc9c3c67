import torch
from torch import nn

torch.manual_seed(0)
# 最後の列がクラス番号の表データ。
# 1 つの float のテンソルにまとめて持っている
data = torch.tensor([[0.5, 1.2, 0.0], [0.3, 0.8, 2.0], [0.9, 0.1, 1.0]])
features, labels = data[:, :2], data[:, 2]
logits = nn.Linear(2, 3)(features)

try:
    nn.CrossEntropyLoss()(logits, labels)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# クラス番号は int64 (long) にする
print(labels.long())
print(nn.CrossEntropyLoss()(logits, labels.long()))
