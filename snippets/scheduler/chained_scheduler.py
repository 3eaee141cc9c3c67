import torch
from torch.optim import lr_scheduler


def run(order):
    optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
    # 毎エポック 0.9 倍
    exp = lr_scheduler.ExponentialLR(optimizer, gamma=0.9)
    # 2 エポックごとに 0.1 倍
    step = lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.1)
    schedulers = [exp, step] if order == "exp, step" else [step, exp]
    # 毎エポック、リストの順にすべての
    # スケジューラの step() を呼ぶ
    scheduler = lr_scheduler.ChainedScheduler(schedulers, optimizer=optimizer)
    lrs = []
    for _ in range(6):
        lrs.append(float(f"{scheduler.get_last_lr()[0]:.6g}"))
        optimizer.step()
        scheduler.step()
    return lrs


# どちらも「掛ける」スケジューラなので、
# 効果は掛け算で合わさり、順序によらない
print("[exp, step]:", run("exp, step"))
print("[step, exp]:", run("step, exp"))
