import torch
from torch.optim import lr_scheduler

optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
# 係数を start_factor=0.25 から
# end_factor=1.0 (既定) まで
# total_iters=3 回で直線的に変える
scheduler = lr_scheduler.LinearLR(optimizer, start_factor=0.25, total_iters=3)

lrs = []
for _ in range(6):
    lrs.append(float(f"{scheduler.get_last_lr()[0]:.6g}"))
    optimizer.step()
    scheduler.step()
print(lrs)  # total_iters の後は 0.1 のまま

# start_factor は 0 より大きくなければならない
try:
    lr_scheduler.LinearLR(optimizer, start_factor=0.0, total_iters=3)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
