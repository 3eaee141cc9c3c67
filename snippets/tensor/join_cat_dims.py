import torch

A = torch.tensor([[1, 2, 3], [4, 5, 6]])
B = torch.tensor([[10, 20, 30], [40, 50, 60]])

# dim=0: 行を縦に継ぎ足す (2 + 2 = 4 行)
C0 = torch.cat((A, B), dim=0)
print("dim=0:", C0.shape)
print(C0)

# dim=1: 列を横に継ぎ足す (3 + 3 = 6 列)
C1 = torch.cat((A, B), dim=1)
print("dim=1:", C1.shape)
print(C1)

# 次元の数は変わらない
print("ndim:", A.ndim, "->", C0.ndim, C1.ndim)
