import os
import socket
import subprocess
import sys
import tempfile

import torch

# 回避策: 終了時のまれな異常終了を防ぐ
# (DDP に必要なものではない。ページの注を参照)
import torch._dynamo
import torch.distributed as dist
import torch.nn.functional as F
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.data import DataLoader, TensorDataset
from torch.utils.data.distributed import DistributedSampler


def train(checkpoint):
    """torchrun が起動した各プロセスで動く学習"""
    rank, world_size = dist.get_rank(), dist.get_world_size()

    # データは全プロセスで同じものを作る
    torch.manual_seed(0)
    x = torch.randn(16, 3)
    y = x @ torch.tensor([[1.0], [-2.0], [0.5]]) + 0.3
    dataset = TensorDataset(x, y)
    # num_replicas と rank は
    # プロセスグループから
    sampler = DistributedSampler(dataset, shuffle=True, seed=0)
    loader = DataLoader(dataset, batch_size=4, sampler=sampler)

    model = DDP(nn.Linear(3, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

    for epoch in range(3):
        # エポックごとに並びを変える
        sampler.set_epoch(epoch)
        for r in range(world_size):
            if r == rank:
                print(f"epoch {epoch} rank {rank}: サンプル {list(sampler)}", flush=True)
            dist.barrier()
        # [損失の合計, サンプル数]
        total = torch.zeros(2)
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = F.mse_loss(model(xb), yb)
            # 勾配は全プロセスで平均される
            loss.backward()
            optimizer.step()
            total += torch.tensor([loss.item() * len(xb), len(xb)])
        # 全プロセスの分を合計してから平均する
        dist.all_reduce(total)
        if rank == 0:
            print(f"epoch {epoch}: 平均損失 {total[0] / total[1]:.4f} ({int(total[1])} サンプル)", flush=True)

    # 勾配が同じなので、どのプロセスの
    # パラメータも同じ値のまま進む
    params = torch.cat([p.detach().flatten() for p in model.parameters()])
    gathered = [torch.empty_like(params) for _ in range(world_size)]
    dist.all_gather(gathered, params)
    if rank == 0:
        print("全プロセスのパラメータが同じ:", all(torch.equal(g, params) for g in gathered))
        print("model.state_dict() のキー       :", list(model.state_dict()))
        print("model.module.state_dict() のキー:", list(model.module.state_dict()))
        # 保存は rank 0 だけ。
        # "module." の付かないキーで保存する
        torch.save(model.module.state_dict(), checkpoint)
        print("rank 0 が保存しました", flush=True)
    # 保存が終わるまでほかのプロセスを待たせる
    dist.barrier()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


if __name__ == "__main__":
    # torchrun に起動された側
    if "LOCAL_RANK" in os.environ:
        dist.init_process_group(backend="gloo")
        train(sys.argv[1])
        # train() を抜けて DDP のモデルが
        # 消えてから片付ける
        dist.destroy_process_group()
    else:
        with tempfile.TemporaryDirectory() as tmp:
            checkpoint = os.path.join(tmp, "model.pt")
            command = [
                sys.executable,
                "-m",
                "torch.distributed.run",
                "--nproc_per_node=2",
                "--master_addr=127.0.0.1",
                f"--master_port={free_port()}",
                __file__,
                # スクリプトのあとの引数は
                # 各プロセスの sys.argv に渡る
                checkpoint,
            ]
            subprocess.run(command, env=dict(os.environ, OMP_NUM_THREADS="1"), check=True)

            print("保存されたファイル:", os.listdir(tmp))
            # ふつうのモデルに
            # そのまま読み込める
            model = nn.Linear(3, 1)
            print(model.load_state_dict(torch.load(checkpoint, weights_only=True)))
            print("重み:", [round(w, 3) for w in model.weight.flatten().tolist()])
            print("バイアス:", round(model.bias.item(), 3))
