from torch.utils.data.distributed import DistributedSampler

# サンプル 8 個 (__len__ があれば何でもよい)
dataset = list(range(8))

# 各 rank の sampler を 1 つのプロセスの中で
# 作って比べる。実際の DDP では、
# num_replicas と rank を省けば、
# プロセスグループの world_size と
# 自分の rank が使われる
samplers = [DistributedSampler(dataset, num_replicas=2, rank=r, shuffle=True, seed=0) for r in range(2)]

print("set_epoch を呼ぶ")
for epoch in range(3):
    for sampler in samplers:
        # エポックの番号を、
        # 並びの乱数の種に混ぜる
        sampler.set_epoch(epoch)
    print(f"  epoch {epoch}:", "  ".join(f"rank {r} {list(s)}" for r, s in enumerate(samplers)))

print("set_epoch を呼ばない")
samplers = [DistributedSampler(dataset, num_replicas=2, rank=r, shuffle=True, seed=0) for r in range(2)]
for epoch in range(3):
    print(f"  epoch {epoch}:", "  ".join(f"rank {r} {list(s)}" for r, s in enumerate(samplers)))
