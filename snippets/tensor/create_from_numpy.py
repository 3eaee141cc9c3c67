import numpy as np
import torch

a = np.array([1.0, 2.0, 3.0])

copied = torch.tensor(a)  # データをコピーする
# NumPy 配列とメモリを共有する
shared = torch.from_numpy(a)
# 型とデバイスが同じならコピーせず共有する
also_shared = torch.as_tensor(a)

# 元の NumPy 配列を書き換える
a[0] = 100.0

print(copied)  # コピーなので変わらない
print(shared)  # 共有しているので変わる
print(also_shared)  # これも変わる
