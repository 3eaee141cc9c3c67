import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks


def one_step(batch_size):
    """Adam で 1 ステップ学習し、パラメータ・勾配・Adam の状態・活性化のバイト数を返す"""
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(1024, 1024), nn.ReLU(), nn.Linear(1024, 1024), nn.ReLU(), nn.Linear(1024, 10))
    optimizer = torch.optim.Adam(model.parameters())
    x, y = torch.randn(batch_size, 1024), torch.randint(0, 10, (batch_size,))
    param_storages = {p.untyped_storage().data_ptr() for p in model.parameters()}
    activations = {}

    def pack(t):
        ptr = t.untyped_storage().data_ptr()
        if ptr not in param_storages:
            activations[ptr] = t.untyped_storage().nbytes()
        return t.detach()

    with saved_tensors_hooks(pack, lambda t: t):
        loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    optimizer.step()
    return {
        "パラメータ": sum(p.nbytes for p in model.parameters()),
        "勾配": sum(p.grad.nbytes for p in model.parameters()),
        "Adam の状態": sum(v.nbytes for state in optimizer.state.values() for v in state.values()),
        "活性化": sum(activations.values()),
    }


MiB = 1024**2
for batch_size in (256, 1024):
    sizes = one_step(batch_size)
    detail = "、".join(f"{name} {size / MiB:.2f}" for name, size in sizes.items())
    print(f"バッチサイズ {batch_size}: {detail}、合計 {sum(sizes.values()) / MiB:.2f} (MiB)")
