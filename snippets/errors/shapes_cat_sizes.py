import torch

# 2 サンプル、特徴量 3 個
a = torch.zeros(2, 3)
# 同じ 2 サンプルの別の特徴量 4 個
b = torch.ones(2, 4)

# 特徴量を継ぎ足したいのに、
# 既定の dim=0 (サンプルの方向) で結合した
try:
    torch.cat([a, b])
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 結合する次元を dim=1 にする。
# それ以外の次元 (サンプル数 2) はそろっている
print(torch.cat([a, b], dim=1).shape)
