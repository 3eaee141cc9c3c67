import torch
from torch.utils.data import random_split

data = list(range(11))
g = torch.Generator().manual_seed(0)

# 合計が 1 になる割合で指定することもできる
parts = random_split(data, [0.5, 0.3, 0.2], generator=g)
# 11 × (0.5, 0.3, 0.2) = (5.5, 3.3, 2.2) の
# 切り捨ては (5, 3, 2) で、合計 10。
# 余った 1 個は先頭の分割から順に
# 1 つずつ配られる
print([len(p) for p in parts])
for p in parts:
    print(p.indices)
