import torch

# すべて 0 (既定は float32)
print(torch.zeros(2, 3))
# すべて 1 (整数型を指定)
print(torch.ones(2, 3, dtype=torch.int64))
# すべて指定した値
print(torch.full((2, 3), 0.5))
# 値が整数なら int64 になる
print(torch.full((2,), 7).dtype)
print(torch.eye(3))  # 単位行列
