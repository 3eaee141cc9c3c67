import torch
from torch import nn

# モデルの出力: 形状 (3, 1)
pred = torch.tensor([[1.0], [2.0], [3.0]])
# 目標値: 形状 (3,)。予測と完全に一致している
target = torch.tensor([1.0, 2.0, 3.0])

# ブロードキャストで (3, 3) どうしの
# 比較になる。警告は出るが、計算は進む
print(nn.MSELoss()(pred, target))

# 損失を自分で書くと、警告も出ない
print(((pred - target) ** 2).mean())

# 形状をそろえれば 0 になる
print(nn.MSELoss()(pred.squeeze(1), target))
