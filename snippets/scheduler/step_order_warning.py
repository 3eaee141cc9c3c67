import torch
from torch.optim import lr_scheduler

optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
scheduler = lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.1)

# 逆の順序 (scheduler.step() が先) で
# 呼ぶと UserWarning が出る
scheduler.step()
optimizer.step()
print("学習率:", scheduler.get_last_lr())
