import torch
from torch.optim import lr_scheduler

optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
# エポック 2 と 5 に達したときに 0.1 倍する
scheduler = lr_scheduler.MultiStepLR(optimizer, milestones=[2, 5], gamma=0.1)

lrs = []
for _ in range(8):
    # 有効数字 6 桁に丸める
    lrs.append(float(f"{scheduler.get_last_lr()[0]:.6g}"))
    optimizer.step()
    scheduler.step()
print(lrs)
