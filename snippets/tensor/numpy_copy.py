import numpy as np
import torch

a = np.array([1.0, 2.0, 3.0])  # float64

copied = torch.tensor(a)  # 常にコピー
# 型が同じなのでコピーせず共有
same_type = torch.as_tensor(a)
# 型を変えるのでコピー
converted = torch.as_tensor(a, dtype=torch.float32)

a[0] = -1.0
print(copied)
print(same_type)
print(converted)

# テンソルから独立した NumPy 配列が
# 欲しいときは .copy() する
t = torch.tensor([1, 2, 3])
independent = t.numpy().copy()
t[0] = 100
print(independent)
