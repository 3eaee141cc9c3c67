import torch
from torch import nn


def state_bytes(optimizer):
    """optimizer.state にあるテンソルのバイト数を、キーごとに合計する"""
    totals = {}
    for state in optimizer.state.values():
        for key, value in state.items():
            if isinstance(value, torch.Tensor):
                totals[key] = totals.get(key, 0) + value.nbytes
    return totals


optimizers = {
    "SGD": lambda params: torch.optim.SGD(params, lr=0.1),
    "SGD (momentum=0.9)": lambda params: torch.optim.SGD(params, lr=0.1, momentum=0.9),
    "Adam": lambda params: torch.optim.Adam(params),
    "AdamW": lambda params: torch.optim.AdamW(params),
    "Adam (amsgrad=True)": lambda params: torch.optim.Adam(params, amsgrad=True),
}

torch.manual_seed(0)
for name, make in optimizers.items():
    model = nn.Linear(1000, 100)
    optimizer = make(model.parameters())
    before = sum(state_bytes(optimizer).values())
    model(torch.randn(8, 1000)).sum().backward()
    # 状態は最初の step() で作られる
    optimizer.step()
    after = state_bytes(optimizer)
    detail = ", ".join(f"{key} {size:,}" for key, size in after.items())
    print(f"{name}: step 前 {before} バイト → step 後 {sum(after.values()):,} バイト ({detail})")

print(f"パラメータ: {sum(p.nbytes for p in model.parameters()):,} バイト")
