from torch.utils.data.distributed import DistributedSampler

dataset = list(range(8))  # サンプル 8 個 (__len__ があれば何でもよい)

# 各 rank の sampler を 1 つのプロセスの中で作って比べる。実際の DDP では、num_replicas と rank を
# 省けばプロセスグループの world_size と自分の rank が使われる
samplers = [DistributedSampler(dataset, num_replicas=2, rank=r, shuffle=True, seed=0) for r in range(2)]

print("set_epoch を呼ぶ")
for epoch in range(3):
    for sampler in samplers:
        sampler.set_epoch(epoch)  # エポックの番号を並びの乱数の種に混ぜる
    print(f"  epoch {epoch}:", "  ".join(f"rank {r} {list(s)}" for r, s in enumerate(samplers)))

print("set_epoch を呼ばない")
samplers = [DistributedSampler(dataset, num_replicas=2, rank=r, shuffle=True, seed=0) for r in range(2)]
for epoch in range(3):
    print(f"  epoch {epoch}:", "  ".join(f"rank {r} {list(s)}" for r, s in enumerate(samplers)))
