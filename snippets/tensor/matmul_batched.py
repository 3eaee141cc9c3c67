import torch

torch.manual_seed(0)
# 行列 (2, 3) が 4 つ並んだバッチ
x = torch.randint(0, 5, (4, 2, 3))
y = torch.randint(0, 5, (4, 3, 2))

# 3 次元 @ 3 次元:
# 最初の次元 (バッチ) ごとに行列積を計算する
z = x @ y
print(z.shape)
print(torch.equal(z[1], x[1] @ y[1]))

# バッチの次元はブロードキャストされる:
# (4, 2, 3) @ (3, 2) は
# 全バッチに同じ行列を掛ける
w = torch.randint(0, 5, (3, 2))
print((x @ w).shape)
# 1 次元のベクトルも、バッチの各行列に
# 掛けられる: (4, 2, 3) @ (3,) -> (4, 2)
print((x @ torch.tensor([1, 0, 2])).shape)

# (2, 1, 2, 3) @ (5, 3, 4): バッチ部分
# (2, 1) と (5,) から (2, 5) ができる
print(torch.matmul(torch.ones(2, 1, 2, 3), torch.ones(5, 3, 4)).shape)

# バッチの次元が
# ブロードキャストできないとエラーになる
try:
    torch.ones(2, 2, 3) @ torch.ones(3, 3, 2)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
