import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)


def make_block():
    """Linear と ReLU を 4 組重ねたブロック"""
    return nn.Sequential(*[layer for _ in range(4) for layer in (nn.Linear(512, 512), nn.ReLU())])


blocks = nn.ModuleList(make_block() for _ in range(4))
x = torch.randn(64, 512)
param_storages = {p.untyped_storage().data_ptr() for p in blocks.parameters()}


def run(use_checkpoint):
    """順伝播で保存されたテンソル (パラメータ以外) のバイト数と、backward で求めた勾配を返す"""
    storages = {}

    def pack(t):
        ptr = t.untyped_storage().data_ptr()
        if ptr not in param_storages:
            storages[ptr] = t.untyped_storage().nbytes()
        return t.detach()

    blocks.zero_grad()
    with saved_tensors_hooks(pack, lambda t: t):
        h = x
        for block in blocks:
            # checkpoint はブロックの
            # 入力だけを保存し、中の活性化は
            # backward のときに計算し直す
            h = checkpoint(block, h, use_reentrant=False) if use_checkpoint else block(h)
        loss = h.pow(2).mean()
    loss.backward()
    return sum(storages.values()), [p.grad.clone() for p in blocks.parameters()]


plain_bytes, plain_grads = run(use_checkpoint=False)
ckpt_bytes, ckpt_grads = run(use_checkpoint=True)
print(f"checkpoint なし: 保存 {plain_bytes:,} バイト")
print(f"checkpoint あり: 保存 {ckpt_bytes:,} バイト")
print("勾配はビット単位で同じか:", all(torch.equal(a, b) for a, b in zip(plain_grads, ckpt_grads, strict=True)))
