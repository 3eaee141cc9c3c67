# output-check: cpu
import warnings

import torch
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.arange(4.0))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loader = DataLoader(dataset, batch_size=2, pin_memory=True)
    for (batch,) in loader:
        # アクセラレータがあればバッチはピン留めされたメモリに置かれる
        print(batch, batch.is_pinned())

for w in caught:
    print(f"{w.category.__name__}: {w.message}")
