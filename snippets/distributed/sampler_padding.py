from torch.utils.data.distributed import DistributedSampler

# 7 個は 2 プロセスで割り切れない
dataset = list(range(7))

for drop_last in (False, True):
    print(f"drop_last={drop_last}")
    for rank in range(2):
        sampler = DistributedSampler(dataset, num_replicas=2, rank=rank, shuffle=False, drop_last=drop_last)
        print(f"  rank {rank}: {list(sampler)} (len={len(sampler)})")
