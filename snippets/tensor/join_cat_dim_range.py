import torch

# 形状 (2, 3)
A = torch.tensor([[1, 2, 3], [4, 5, 6]])
B = torch.tensor([[10, 20, 30], [40, 50, 60]])

# cat は既存の次元に沿って継ぎ足すだけなので、
# 2 次元のテンソルなら dim は -2 から 1 まで
for dim in range(-2, 2):
    print(f"dim={dim:2d}:", torch.cat((A, B), dim=dim).shape)

# 新しい次元は作らないので dim=2 は範囲外
try:
    torch.cat((A, B), dim=2)
except IndexError as e:
    print(f"{type(e).__name__}: {e}")
