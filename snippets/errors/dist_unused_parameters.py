import os
import socket

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP


class TwoHeads(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(4, 4)
        self.head_a = nn.Linear(4, 1)
        # forward で使わない層
        self.head_b = nn.Linear(4, 1)

    def forward(self, x):
        return self.head_a(self.body(x))


def train(model):
    x = torch.randn(8, 4)
    for step in range(2):
        model(x).sum().backward()
        print(f"{step + 1} 回目の backward が終わりました")


def main():
    torch.manual_seed(0)
    try:
        train(DDP(TwoHeads()))
    except RuntimeError as e:
        print(f"RuntimeError: {e}")

    # 直し方: 使われないパラメータを探させる
    train(DDP(TwoHeads(), find_unused_parameters=True))


if __name__ == "__main__":
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    os.environ["MASTER_ADDR"] = "127.0.0.1"
    os.environ["MASTER_PORT"] = str(port)
    # プロセス 1 つだけのグループ
    dist.init_process_group("gloo", rank=0, world_size=1)
    main()
    dist.destroy_process_group()
