import os
import socket

import torch
import torch.distributed as dist
import torch.multiprocessing as mp


def worker(rank, world_size):
    """mp.spawn は、各プロセスでこの関数を (プロセスの番号, *args) で呼ぶ"""
    # torchrun と違い、
    # rank と world_size は自分で渡す
    dist.init_process_group(backend="gloo", rank=rank, world_size=world_size)
    t = torch.tensor([float(rank + 1)])
    # op を省くと合計 (ReduceOp.SUM)
    dist.all_reduce(t)
    for r in range(world_size):
        if r == rank:
            print(f"rank {rank}/{world_size}: all_reduce の結果 {t.tolist()}", flush=True)
        dist.barrier()
    dist.destroy_process_group()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


if __name__ == "__main__":
    # 接続先は環境変数で渡す
    # (子プロセスは親の環境変数を受け継ぐ)
    os.environ["MASTER_ADDR"] = "127.0.0.1"
    os.environ["MASTER_PORT"] = str(free_port())
    world_size = 2
    mp.spawn(worker, args=(world_size,), nprocs=world_size, join=True)
    print("すべてのプロセスが終了しました")
