import torch

u = torch.tensor([1, 2, 3])
v = torch.tensor([4, 5, 6])
# 形状 (2, 3)
m = torch.tensor([[1, 0, 1], [2, 1, 0]])

# 1 次元 @ 1 次元: 内積。
# 結果は 0 次元のテンソル
d = torch.matmul(u, v)
print(d, d.shape)

# 2 次元 @ 1 次元:
# 行列とベクトルの積。結果は (2,)
print(m @ u, (m @ u).shape)

# 1 次元 @ 2 次元: ベクトルの前に次元を足して
# (1, 2) @ (2, 3) を計算し、その次元を外す
w = torch.tensor([1, 1])
print(w @ m, (w @ m).shape)
