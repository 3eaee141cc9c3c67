import torch
from torch.utils.data import random_split

# len と [] が
# 使えるものならデータセットとして渡せる
data = list(range(10))

# 分割の乱数は専用の Generator で固定する
train, val = random_split(data, [7, 3], generator=torch.Generator().manual_seed(42))
print(type(train).__name__, len(train), len(val))
print("train:", train.indices)
print("val:  ", val.indices)

# 同じシードなら同じ分割になる
train2, val2 = random_split(data, [7, 3], generator=torch.Generator().manual_seed(42))
print("同じ分割か:", train.indices == train2.indices and val.indices == val2.indices)

# 長さの合計がデータ数と一致しないとエラー
try:
    random_split(data, [7, 2])
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
