import torch
from torch.optim import lr_scheduler

optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1, momentum=0.9)
# base_lr から max_lr まで 2 バッチで上げ、
# 2 バッチで下げる (1 周期 = 4 バッチ)
scheduler = lr_scheduler.CyclicLR(optimizer, base_lr=0.01, max_lr=0.1, step_size_up=2, mode="triangular")

for batch in range(9):
    group = optimizer.param_groups[0]
    print(f"batch {batch}: lr={scheduler.get_last_lr()[0]:.6g} momentum={group['momentum']:.6g}")
    optimizer.step()
    # CyclicLR はバッチごとに進める
    scheduler.step()
