import torch
from torch.optim import lr_scheduler

optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
scheduler = lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.1)

# step() にエポック数を渡す書き方は非推奨で、
# UserWarning が出る
optimizer.step()
scheduler.step(3)
print("学習率:", scheduler.get_last_lr())
