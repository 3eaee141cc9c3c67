import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
# 10 サンプル
ds = TensorDataset(torch.randn(10, 3), torch.arange(10))

# shuffle を指定しなければ先頭から順に読む
loader = DataLoader(ds, batch_size=4)
# バッチの数
print("len(loader):", len(loader))
for x, y in loader:
    # 最後のバッチは残りの
    # 10 - 4 - 4 = 2 サンプルだけになる
    print(tuple(x.shape), y.tolist())

# batch_size の既定値は 1
print("既定の batch_size:", DataLoader(ds).batch_size)
