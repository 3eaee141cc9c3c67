import torch

A = torch.arange(12).reshape(3, 4)

# 整数のインデックスが範囲外だとエラー
try:
    A[3]
except IndexError as e:
    print(f"{type(e).__name__}: {e}")

try:
    A[:, 4]
except IndexError as e:
    print(f"{type(e).__name__}: {e}")

# スライスの範囲外は Python のリストと同じく、
# あるところまでに切り詰められる
print(A[1:100].shape)
print(A[5:].shape)
