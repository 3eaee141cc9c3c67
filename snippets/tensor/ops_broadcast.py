import torch

# 形状 (2, 3)
m = torch.tensor([[1, 2, 3], [4, 5, 6]])
row = torch.tensor([10, 20, 30])  # 形状 (3,)

# 末尾の次元から比べて、サイズが等しいか
# 一方が 1 (または次元がない) なら
# ブロードキャストされる
print(m + row)

# 形状 (2, 1)
col = torch.tensor([[100], [200]])
print(m + col)

# (3, 1) と (1, 4) から (3, 4) ができる
print((torch.tensor([[1], [2], [3]]) * torch.tensor([[1, 10, 100, 1000]])).shape)

# 末尾の次元のサイズが 3 と
# 2 で合わないとエラーになる
try:
    m + torch.tensor([1, 2])
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 行ごとに足したいなら、形状を (2, 1) にする
print(m + torch.tensor([1, 2]).unsqueeze(1))
