import torch

A = torch.zeros(2, 3)

# スライス (基本的なインデックス) の結果は
# ビュー: 書き換えると元のテンソルも変わる
row = A[0]
row[1] = 5
col = A[:, 2]
col += 1
print(A)

# clone() したものはコピーなので、
# 元は変わらない
B = torch.zeros(2, 3)
row_copy = B[0].clone()
row_copy[1] = 5
print(B)

# 整数のテンソルやマスクによるインデックス
# (高度なインデックス) の結果はコピー
C = torch.zeros(2, 3)
picked = C[torch.tensor([0])]
picked[0, 0] = 7
masked = C[C == 0]
masked[:] = 9
print(C)
# ただし、そのまま代入の
# 左辺に書けば元が書き換わる
C[torch.tensor([0]), 0] = 7
print(C)
