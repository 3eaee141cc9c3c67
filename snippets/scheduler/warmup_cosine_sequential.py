import torch
from torch.optim import lr_scheduler

warmup_epochs, total_epochs = 3, 10
optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
# 最初の 3 エポック:
# 0.1 × 0.1 = 0.01 から 0.1 まで直線で上げる
warmup = lr_scheduler.LinearLR(optimizer, start_factor=0.1, total_iters=warmup_epochs)
# 残りの 7 エポック:
# 0.1 から eta_min=0 までコサインで下げる
cosine = lr_scheduler.CosineAnnealingLR(optimizer, T_max=total_epochs - warmup_epochs, eta_min=0.0)
# エポック 3 (milestones) で
# warmup から cosine に切り替える
scheduler = lr_scheduler.SequentialLR(optimizer, schedulers=[warmup, cosine], milestones=[warmup_epochs])

for epoch in range(total_epochs + 1):
    print(f"epoch {epoch:2d}: lr={scheduler.get_last_lr()[0]:.6g}")
    optimizer.step()
    scheduler.step()
