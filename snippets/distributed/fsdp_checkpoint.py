import os
import socket
import tempfile

import torch
import torch.distributed as dist
import torch.distributed.checkpoint as dcp
import torch.multiprocessing as mp
from torch import nn
from torch.distributed.checkpoint.state_dict import get_state_dict, set_state_dict
from torch.distributed.fsdp import fully_shard


def make_model():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 1))
    # 層ごとに、次にモデル全体を分割する
    for layer in model:
        if isinstance(layer, nn.Linear):
            fully_shard(layer)
    fully_shard(model)
    return model


def worker(rank, world_size, folder):
    dist.init_process_group("gloo", rank=rank, world_size=world_size)
    model = make_model()
    weight = model[0].weight
    if rank == 0:
        print("パラメータの型:", type(weight).__name__)
        print("全体の形:", tuple(weight.shape), " このプロセスの分:", tuple(weight.to_local().shape))

    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    torch.manual_seed(rank)
    x, y = torch.randn(4, 8), torch.randn(4, 1)
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()

    # 各プロセスが自分の分を書く
    # (分散チェックポイント)
    model_state, optim_state = get_state_dict(model, optimizer)
    dcp.save({"model": model_state, "optimizer": optim_state}, checkpoint_id=folder)
    if rank == 0:
        print("書いたファイル:", sorted(os.listdir(folder)))

    # 新しく作ったモデルに読み込む
    restored = make_model()
    restored_optimizer = torch.optim.SGD(restored.parameters(), lr=0.1)
    model_state, optim_state = get_state_dict(restored, restored_optimizer)
    state = {"model": model_state, "optimizer": optim_state}
    before = torch.equal(restored[0].weight.full_tensor(), model[0].weight.full_tensor())
    dcp.load(state, checkpoint_id=folder)
    set_state_dict(restored, restored_optimizer, model_state_dict=state["model"], optim_state_dict=state["optimizer"])
    same = torch.equal(restored[0].weight.full_tensor(), model[0].weight.full_tensor())
    if rank == 0:
        print("学習した重みと同じか: 読み込む前", before, " 読み込んだあと", same)
    dist.destroy_process_group()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


if __name__ == "__main__":
    os.environ["MASTER_ADDR"] = "127.0.0.1"
    os.environ["MASTER_PORT"] = str(free_port())
    with tempfile.TemporaryDirectory() as folder:
        mp.spawn(worker, args=(2, folder), nprocs=2)
