import torch
from torch.utils.data import DataLoader, TensorDataset

# 10 サンプル
ds = TensorDataset(torch.arange(10))

for drop_last in (False, True):
    loader = DataLoader(ds, batch_size=4, drop_last=drop_last)
    sizes = [len(x) for (x,) in loader]
    used = sum(sizes)
    print(f"drop_last={drop_last}: len(loader)={len(loader)} バッチの大きさ={sizes} 使われたサンプル={used}/{len(ds)}")
