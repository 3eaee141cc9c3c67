import torch

A = torch.arange(12).reshape(3, 4)
print(A)

# 整数のテンソル (またはリスト) で、
# 行を好きな順に選ぶ (重複してもよい)
idx = torch.tensor([2, 0, 2])
print(A[idx])

# 列を選ぶ
print(A[:, torch.tensor([3, 1])])

# 2 つのインデックスを並べると、(行, 列) の
# 組ごとに 1 要素ずつ取り出す: A[0, 1], A[2, 3]
rows = torch.tensor([0, 2])
cols = torch.tensor([1, 3])
print(A[rows, cols])

# 行と列のすべての組み合わせ (部分行列) は、
# 行のインデックスを列ベクトルにして取り出す
print(A[rows[:, None], cols])
