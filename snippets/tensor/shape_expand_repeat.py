import torch

# 形状 (3, 1)
x = torch.tensor([[1], [2], [3]])

# expand: サイズ 1 の次元を
# 引き伸ばして見せるだけ
# (コピーしない。ストライドが 0 になる)
e = x.expand(3, 4)
print(e)
print("expand:", e.shape, e.stride())

# -1 はその次元のサイズを変えないという意味
print(x.expand(-1, 2).shape)

# repeat:
# 指定した回数だけ実際にコピーして並べる
r = x.repeat(1, 4)
print(torch.equal(e, r), "repeat:", r.shape, r.stride())

# repeat はサイズ 1 でない次元も繰り返せる。
# expand はサイズ 1 の次元しか広げられない
print(x.repeat(2, 3).shape)
try:
    x.expand(6, 4)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# expand の結果は複数の要素が同じメモリを
# 指すので、インプレース演算で書き込めない
try:
    x.expand(3, 4).add_(1)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
