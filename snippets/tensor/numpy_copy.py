import numpy as np
import torch

a = np.array([1.0, 2.0, 3.0])  # float64

copied = torch.tensor(a)  # 常にコピー
same_type = torch.as_tensor(a)  # 型が同じなのでコピーせず共有
converted = torch.as_tensor(a, dtype=torch.float32)  # 型を変えるのでコピー

a[0] = -1.0
print(copied)
print(same_type)
print(converted)

# テンソルから独立した NumPy 配列が欲しいときは .copy() する
t = torch.tensor([1, 2, 3])
independent = t.numpy().copy()
t[0] = 100
print(independent)
