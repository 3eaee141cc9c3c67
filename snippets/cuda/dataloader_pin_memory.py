import torch
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.arange(4.0))
loader = DataLoader(dataset, batch_size=2, pin_memory=True)
for (batch,) in loader:
    # アクセラレータがあればバッチは
    # ピン留めされたメモリに置かれる
    print(batch, batch.is_pinned())
