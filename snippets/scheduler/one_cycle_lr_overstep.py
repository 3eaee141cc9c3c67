import torch
from torch.optim import lr_scheduler

optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1, momentum=0.9)
scheduler = lr_scheduler.OneCycleLR(optimizer, max_lr=0.1, total_steps=4)

# total_steps 回 (4 回) までは呼べるが、
# それを超えるとエラーになる
for i in range(1, 6):
    optimizer.step()
    try:
        scheduler.step()
        print(f"{i} 回目の step(): OK")
    except ValueError as e:
        print(f"{i} 回目の step(): {type(e).__name__}: {e}")
