import os
import socket

import torch

# 回避策: 終了時のまれな異常終了を防ぐ
# (DDP に必要なものではない。ページの注を参照)
import torch._dynamo
import torch.distributed as dist
import torch.multiprocessing as mp
import torch.nn.functional as F
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP


def make_model():
    return nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))


def flat_grad(model):
    return torch.cat([p.grad.flatten() for p in model.parameters()])


def print_in_rank_order(rank, world_size, text):
    for r in range(world_size):
        if r == rank:
            print(f"rank {rank}: {text}", flush=True)
        dist.barrier()


def compare(rank, world_size):
    # バッチ全体 (8 サンプル) は
    # 全プロセスで同じ。各プロセスは
    # 自分の半分 (4 サンプル) だけを使う
    torch.manual_seed(0)
    x, y = torch.randn(8, 3), torch.randn(8, 1)
    n = len(x) // world_size
    xb, yb = x[rank * n : (rank + 1) * n], y[rank * n : (rank + 1) * n]

    # わざと rank ごとに違う初期値で
    # モデルを作る
    torch.manual_seed(rank)
    model = make_model()
    before = model[0].weight[0, 0].item()
    # 作るときに rank 0 のパラメータと
    # バッファが全プロセスへコピーされる
    ddp_model = DDP(model)
    after = model[0].weight[0, 0].item()
    print_in_rank_order(rank, world_size, f"weight[0, 0] を DDP で包む前 {before:.4f} → 後 {after:.4f}")

    # 比べる相手: 同じパラメータの
    # ふつうのモデルで、バッチ全体を
    # 1 プロセスで計算した勾配
    reference = make_model()
    reference.load_state_dict(model.state_dict())
    # reduction="mean"
    F.mse_loss(reference(x), y).backward()
    full = flat_grad(reference)

    # no_sync の中では勾配を通信しない:
    # 自分の半分だけの勾配
    with ddp_model.no_sync():
        F.mse_loss(ddp_model(xb), yb).backward()
    local = flat_grad(ddp_model)
    ddp_model.zero_grad()

    # backward の中で勾配が all-reduce され、
    # 平均になる
    F.mse_loss(ddp_model(xb), yb).backward()
    averaged = flat_grad(ddp_model)
    print_in_rank_order(
        rank,
        world_size,
        f"半分だけの勾配と全体の勾配の差の最大 {(local - full).abs().max():.4f} / "
        f"DDP の勾配と全体の勾配 allclose={torch.allclose(averaged, full)}, "
        f"差の最大 {(averaged - full).abs().max():.6f}",
    )

    # 損失を平均ではなく合計
    # (reduction="sum") にすると、
    # DDP の勾配は全体の 1/world_size になる
    ddp_model.zero_grad()
    reference.zero_grad()
    F.mse_loss(ddp_model(xb), yb, reduction="sum").backward()
    F.mse_loss(reference(x), y, reduction="sum").backward()
    ratio = flat_grad(ddp_model) / flat_grad(reference)
    if rank == 0:
        print("reduction='sum' のとき DDP の勾配 / 全体の勾配:", sorted({round(r, 4) for r in ratio.tolist()}))


def worker(rank, world_size):
    dist.init_process_group(backend="gloo", rank=rank, world_size=world_size)
    compare(rank, world_size)
    # compare() を抜けて DDP のモデルが
    # 消えてから片付ける
    dist.destroy_process_group()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


if __name__ == "__main__":
    os.environ["MASTER_ADDR"] = "127.0.0.1"
    os.environ["MASTER_PORT"] = str(free_port())
    mp.spawn(worker, args=(2,), nprocs=2)
