import os
import socket
import subprocess
import sys

import torch
import torch.distributed as dist


def worker():
    """torchrun が起動した各プロセスで動く部分"""
    # MASTER_ADDR・RANK などは
    # torchrun が環境変数で渡す
    dist.init_process_group(backend="gloo")
    rank = dist.get_rank()
    world_size = dist.get_world_size()

    # rank の順に 1 プロセスずつ表示する
    # (barrier で全員がそろうまで待つ)
    for r in range(world_size):
        if r == rank:
            names = ("RANK", "LOCAL_RANK", "WORLD_SIZE", "MASTER_ADDR")
            print(f"rank {rank}:", {name: os.environ[name] for name in names}, flush=True)
        dist.barrier()

    # all_reduce: 全プロセスの値を合計し、
    # 結果を全プロセスに配る
    t = torch.tensor([float(rank + 1)])
    before = t.tolist()
    dist.all_reduce(t, op=dist.ReduceOp.SUM)
    for r in range(world_size):
        if r == rank:
            print(f"rank {rank}: all_reduce の前 {before} → 後 {t.tolist()}", flush=True)
        dist.barrier()
    dist.destroy_process_group()


def free_port():
    """OS に空いているポートを選ばせる (ポート 0 に bind すると空きポートが割り当てられる)"""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


if __name__ == "__main__":
    # torchrun に起動された側
    if "LOCAL_RANK" in os.environ:
        worker()
    else:
        # 最初に実行された側:
        # このファイル自身を torchrun で
        # 2 プロセス起動する
        command = [
            sys.executable,
            "-m",
            # torchrun コマンドと同じ
            "torch.distributed.run",
            "--nproc_per_node=2",
            "--master_addr=127.0.0.1",
            f"--master_port={free_port()}",
            __file__,
        ]
        # 未設定だと torchrun が
        # 注意書きを表示する
        env = dict(os.environ, OMP_NUM_THREADS="1")
        subprocess.run(command, env=env, check=True)
        print("torchrun が終了しました")
