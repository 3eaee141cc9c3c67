import torch

A = torch.tensor([[1, -2, 4], [-3, 5, -6]])

# 比較演算で、同じ形状のブール型の
# テンソル (マスク) ができる
mask = A > 0
print(mask)

# マスクで取り出すと、
# True の位置の要素が 1 次元に並ぶ
print(A[mask])

# 条件は & (かつ)、| (または)、
# ~ (否定) で組み合わせる。各条件は括弧で囲む
print(A[(A > 0) & (A % 2 == 1)])
print(A[~mask])

# Python の and は使えない
try:
    A[(A > 0) and (A % 2 == 1)]
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 1 次元のマスクで行を選ぶ:
# 行の合計が正の行だけ
row_mask = A.sum(dim=1) > 0
print(row_mask, A[row_mask])
