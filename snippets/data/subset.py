import torch
from torch.utils.data import Subset, TensorDataset

ds = TensorDataset(torch.arange(10) * 10)

# 元のデータセットから、
# 指定したインデックスだけを見せる
sub = Subset(ds, indices=[9, 0, 4])
print("len(sub):", len(sub))
print("sub[0]:", sub[0])  # 元の ds[9]
print("元のデータセット:", sub.dataset is ds, " インデックス:", sub.indices)

# データはコピーされない。並びを指定して
# 先頭 3 件だけ使う、といった用途にも使える
print([sub[i][0].item() for i in range(len(sub))])
