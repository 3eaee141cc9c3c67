import torch

a = torch.ones(2, 3)
b = torch.ones(2, 3)

# 内側の次元 (a の列数 3 と b の行数 2) が
# 合わないとエラーになる
try:
    torch.mm(a, b)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
try:
    a @ b
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# どちらかを転置すれば掛けられる。
# (2, 3) @ (3, 2) -> (2, 2)
print((a @ b.T).shape)
# (3, 2) @ (2, 3) -> (3, 3)
print((a.T @ b).shape)

# 1 次元どうしでは要素数が
# 等しくなければならない
try:
    torch.ones(3) @ torch.ones(2)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
