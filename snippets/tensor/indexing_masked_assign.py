import torch

A = torch.tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]])

# マスクを使った代入:
# 負の要素を 0 にする (A 自身が書き換わる)
B = A.clone()
B[B < 0] = 0
print(B)

# masked_fill は元を変えずに
# 新しいテンソルを返す
C = A.masked_fill(A < 0, -1.0)
print(C)
print(A)

# 代入する値を並べて渡すこともできる
# (True の個数と同じ長さ)
D = A.clone()
D[D < 0] = torch.tensor([10.0, 20.0, 30.0])
print(D)
