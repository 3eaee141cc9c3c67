import torch
from torch.optim import lr_scheduler

optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
# 学習率 = 最初の学習率
# (0.1) × lr_lambda(エポック数)
scheduler = lr_scheduler.LambdaLR(optimizer, lr_lambda=lambda epoch: 1 / (epoch + 1))

lrs = []
for _ in range(5):
    lrs.append(float(f"{scheduler.get_last_lr()[0]:.6g}"))
    optimizer.step()
    scheduler.step()
print(lrs)
