import torch
from torch.optim import lr_scheduler


def used_lrs(scheduler_first):
    """各エポックで optimizer.step() が実際に使った学習率を返す。"""
    optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
    scheduler = lr_scheduler.ExponentialLR(optimizer, gamma=0.5)
    lrs = []
    for _ in range(4):
        if scheduler_first:
            scheduler.step()
        # この値で更新される
        lrs.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        if not scheduler_first:
            scheduler.step()
    return lrs


print("正しい順序 (optimizer → scheduler):", used_lrs(scheduler_first=False))
# UserWarning が出る
print("逆の順序   (scheduler → optimizer):", used_lrs(scheduler_first=True))
