import torch
from torch import nn

torch.manual_seed(0)
# 特徴量が 4 個の入力を受け取る層
model = nn.Linear(4, 2)
# 特徴量が 5 個のサンプルが 3 個
x = torch.randn(3, 5)

try:
    model(x)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# in_features を入力の最後の次元
# (x.shape[-1]) に合わせる
model = nn.Linear(x.shape[-1], 2)
print(model(x).shape)
