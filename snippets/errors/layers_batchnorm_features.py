import torch
from torch import nn

torch.manual_seed(0)
# 8 個の特徴量を正規化する層
norm = nn.BatchNorm1d(8)

try:
    # (バッチ, 特徴量) の特徴量が 4
    norm(torch.randn(5, 4))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

print(norm(torch.randn(5, 8)).shape)
