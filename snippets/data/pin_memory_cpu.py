# output-check: cpu
import warnings

import torch
from torch.utils.data import DataLoader, TensorDataset

print("CUDA が使えるか:", torch.cuda.is_available())
ds = TensorDataset(torch.arange(8.0).reshape(4, 2))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loader = DataLoader(ds, batch_size=2, pin_memory=True)
    print("作った直後の警告の数:", len(caught))
    for (x,) in loader:  # 警告はイテレーションを始めるときに出る
        print(tuple(x.shape), "ピン留めされているか:", x.is_pinned())

for w in caught:
    print(f"{w.category.__name__}: {w.message}")

# アクセラレータがなければ、テンソルを直接ピン留めすることもできない
try:
    torch.zeros(2).pin_memory()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
