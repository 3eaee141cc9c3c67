import inspect

import torch
from torch.optim import lr_scheduler

# CosineAnnealingLR が受け取る引数
# (optimizer の後ろ)
print(inspect.signature(lr_scheduler.CosineAnnealingLR))

optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
# ウォームアップの引数はない
try:
    lr_scheduler.CosineAnnealingLR(optimizer, max_epochs=100, warmup_epochs=5, warmup_start_lr=1e-4, eta_min=1e-5)
except TypeError as e:
    print(f"{type(e).__name__}: {e}")
