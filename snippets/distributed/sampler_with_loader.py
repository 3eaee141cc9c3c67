import torch
from torch.utils.data import DataLoader, TensorDataset
from torch.utils.data.distributed import DistributedSampler

dataset = TensorDataset(torch.arange(8))

# 2 つの rank の DataLoader を
# 1 つのプロセスの中で作って比べる
for rank in range(2):
    sampler = DistributedSampler(dataset, num_replicas=2, rank=rank, shuffle=True, seed=0)
    # shuffle は sampler に任せる
    loader = DataLoader(dataset, batch_size=2, sampler=sampler)
    sampler.set_epoch(0)
    print(f"rank {rank}: len(loader)={len(loader)}", [x.tolist() for (x,) in loader])

# sampler と一緒に shuffle=True も渡すと、
# DataLoader を作るところで失敗する
try:
    DataLoader(dataset, batch_size=2, sampler=sampler, shuffle=True)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
