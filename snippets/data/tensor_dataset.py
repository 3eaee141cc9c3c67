import torch
from torch.utils.data import TensorDataset

torch.manual_seed(0)
# 4 サンプル × 3 特徴量
features = torch.randn(4, 3)
# 4 サンプル分のラベル
labels = torch.tensor([0, 1, 1, 0])

# 先頭の次元 (サンプルの次元) で
# まとめて添字付けするデータセット
ds = TensorDataset(features, labels)
print("len(ds):", len(ds))
# 各テンソルの 1 番目をタプルで返す
x, y = ds[1]
print(x, y)

# 先頭の次元の大きさがそろっていないと作れない
try:
    TensorDataset(torch.zeros(4, 3), torch.zeros(5))
except AssertionError as e:
    print(f"{type(e).__name__}: {e}")
