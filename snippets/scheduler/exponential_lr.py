import torch
from torch.optim import lr_scheduler

optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
# 毎エポック 0.5 倍
scheduler = lr_scheduler.ExponentialLR(optimizer, gamma=0.5)

lrs = []
for _ in range(6):
    lrs.append(float(f"{scheduler.get_last_lr()[0]:.6g}"))
    optimizer.step()
    scheduler.step()
print(lrs)
