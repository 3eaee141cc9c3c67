import contextlib

import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(256, 512), nn.ReLU(), nn.Linear(512, 512), nn.ReLU(), nn.Linear(512, 10))
x = torch.randn(64, 256)
param_storages = {p.untyped_storage().data_ptr() for p in model.parameters()}


def forward_and_count(mode):
    """順伝播で逆伝播のために保存されたテンソルを数え、パラメータ以外のバイト数を合計する"""
    count, storages = 0, {}

    def pack(t):
        nonlocal count
        count += 1
        ptr = t.untyped_storage().data_ptr()
        # 重み (の転置のビュー) は、
        # パラメータのメモリそのもの
        if ptr not in param_storages:
            # 同じストレージは 1 回だけ数える
            storages[ptr] = t.untyped_storage().nbytes()
        return t.detach()

    with saved_tensors_hooks(pack, lambda t: t), mode:
        out = model(x)
    return count, sum(storages.values()), out


modes = {
    "そのまま": contextlib.nullcontext(),
    "torch.no_grad()": torch.no_grad(),
    "torch.inference_mode()": torch.inference_mode(),
}
for name, mode in modes.items():
    count, nbytes, out = forward_and_count(mode)
    grad_fn = out.grad_fn.name() if out.grad_fn is not None else None
    print(f"{name}: 保存 {count} 回、{nbytes:,} バイト  requires_grad={out.requires_grad}  grad_fn={grad_fn}")
