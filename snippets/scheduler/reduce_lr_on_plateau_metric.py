import torch
from torch.optim import lr_scheduler

optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
scheduler = lr_scheduler.ReduceLROnPlateau(optimizer)

# 監視する値を渡し忘れるとエラーになる
optimizer.step()
try:
    scheduler.step()
except TypeError as e:
    print(f"{type(e).__name__}: {e}")

# 正解率のように大きいほど良い値を
# 監視するときは mode="max"
optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
scheduler = lr_scheduler.ReduceLROnPlateau(optimizer, mode="max", factor=0.1, patience=1)
for acc in [0.70, 0.75, 0.74, 0.75, 0.76]:
    optimizer.step()
    scheduler.step(acc)
    print(f"acc={acc}: lr={scheduler.get_last_lr()[0]:.6g}")
