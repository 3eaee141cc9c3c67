import torch
from torch.optim import lr_scheduler

optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
# T_max=4 エポックで 0.1 から
# eta_min=0.01 までコサインの形で下げる
scheduler = lr_scheduler.CosineAnnealingLR(optimizer, T_max=4, eta_min=0.01)

for epoch in range(13):
    note = "  <- T_max" if epoch == 4 else ""
    print(f"epoch {epoch:2d}: lr={scheduler.get_last_lr()[0]:.6g}{note}")
    optimizer.step()
    scheduler.step()
