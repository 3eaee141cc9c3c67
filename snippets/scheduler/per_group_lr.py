import torch
from torch import nn
from torch.optim import lr_scheduler

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
# パラメータグループごとに違う学習率
optimizer = torch.optim.SGD(
    [
        {"params": model[0].parameters(), "lr": 0.01},
        {"params": model[2].parameters(), "lr": 0.1},
    ]
)
scheduler = lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)

# get_last_lr() はグループごとの学習率の
# リスト。どのグループも 0.5 倍される
for epoch in range(3):
    print(f"epoch {epoch}: {[float(f'{lr:.6g}') for lr in scheduler.get_last_lr()]}")
    optimizer.step()
    scheduler.step()
