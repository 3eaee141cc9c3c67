import torch

# 形状 (2, 3)
a = torch.tensor([[1, 0, 2], [3, 1, 1]])
# 形状 (3, 2)
b = torch.tensor([[2, 1], [0, 4], [1, 3]])

# (2, 3) と (3, 2) の行列積は (2, 2)
c = torch.mm(a, b)
print(c, c.shape)

# c[i, j] は「a の i 行目」と「b の j 列目」の
# 要素ごとの積の合計。次の値は c[0, 1] と同じ
print((a[0] * b[:, 1]).sum())

# 演算子 @ でも同じ結果になる
print(torch.equal(a @ b, c))
