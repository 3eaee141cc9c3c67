import torch
from torch.utils.data import DataLoader, TensorDataset

print("CUDA が使えるか:", torch.cuda.is_available())
ds = TensorDataset(torch.arange(8.0).reshape(4, 2))

loader = DataLoader(ds, batch_size=2, pin_memory=True)
print("DataLoader を作りました")
# 警告はイテレーションを始めるときに出る
for (x,) in loader:
    print(tuple(x.shape), "ピン留めされているか:", x.is_pinned())

# アクセラレータがなければ、
# テンソルを直接ピン留めすることもできない
try:
    torch.zeros(2).pin_memory()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
