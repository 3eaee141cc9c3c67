import torch

x = torch.tensor([1, 2, 3])

# None の位置に
# サイズ 1 の次元が入る (unsqueeze と同じ)
print(x[None].shape, x[None, :].shape, x[:, None].shape)

# 列ベクトル (3, 1) と行ベクトル (1, 3) の和は
# ブロードキャストで (3, 3) になる
print(x[:, None] + x[None, :])

# ... (Ellipsis) は「残りの次元すべて」を表す
y = torch.zeros(2, 3, 4, 5)
print(y[..., 0].shape)  # y[:, :, :, 0] と同じ
print(y[0, ...].shape)  # y[0] と同じ
# y[0, :, :, 1] と同じ
print(y[0, ..., 1].shape)
# 末尾にサイズ 1 の次元を足す
print(y[..., None].shape)
