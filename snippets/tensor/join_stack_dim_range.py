import torch

# 形状 (3, 4)
A = torch.arange(12).reshape(3, 4)
B = A + 100

# 2 次元のテンソルを stack した結果は 3 次元。
# dim には -3 から 2 まで指定できる
for dim in range(-3, 3):
    print(f"dim={dim:2d}:", torch.stack((A, B), dim=dim).shape)

# dim=2 (= dim=-1) も有効: 新しい次元を
# 末尾に作る。結果[i, j] は
# (A[i, j], B[i, j]) の組
S2 = torch.stack((A, B), dim=2)
print(S2)

# dim=3 は範囲外
try:
    torch.stack((A, B), dim=3)
except IndexError as e:
    print(f"{type(e).__name__}: {e}")
