import torch

# (バッチ, チャネル, 高さ, 幅)
x = torch.zeros(8, 3, 4, 4)

# flatten(): すべての次元を 1 次元にまとめる
print(x.flatten().shape)

# start_dim=1: バッチ次元を残して残りをまとめる
# (全結合層に渡す前によく使う)
print(x.flatten(start_dim=1).shape)

# start_dim と end_dim で範囲を指定:
# 高さと幅だけをまとめる
print(x.flatten(2, 3).shape)

# unflatten(dim, sizes):
# 1 つの次元を複数の次元に分ける
y = x.flatten(start_dim=1)
print(y.unflatten(1, (3, 4, 4)).shape)
print(y.unflatten(1, (3, -1)).shape)
