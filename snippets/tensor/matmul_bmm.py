import torch

# 形状 (2, 2, 3)
x = torch.arange(12).view(2, 2, 3)
# 形状 (2, 3, 1)
y = torch.ones(2, 3, 1, dtype=torch.int64)

# torch.bmm: (b, n, m) と
# (b, m, p) から (b, n, p)
z = torch.bmm(x, y)
print(z, z.shape)

# 3 次元以外は受け付けない
try:
    torch.bmm(torch.ones(2, 3), torch.ones(3, 2))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# torch.matmul と違い、
# バッチの次元はブロードキャストされない
try:
    torch.bmm(torch.ones(2, 2, 3), torch.ones(1, 3, 2))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
print(torch.matmul(torch.ones(2, 2, 3), torch.ones(1, 3, 2)).shape)
