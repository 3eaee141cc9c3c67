import torch
from torch import nn

# モデルの出力が (N, 1)、
# 目標値が (N,) というよくある食い違い。
# pred は (3, 1)
pred = torch.tensor([[1.0], [2.0], [3.0]])
target = torch.tensor([1.0, 2.0, 3.0])  # (3,)

# ブロードキャストで (3, 3) どうしの
# 比較になり、UserWarning が出る
wrong = nn.MSELoss()(pred, target)
print("形状が食い違ったままの損失:", wrong)

# 形状をそろえれば、
# 予測は目標値と完全に一致しているので損失は 0
right = nn.MSELoss()(pred.squeeze(1), target)
print("squeeze(1) でそろえた損失:", right)
