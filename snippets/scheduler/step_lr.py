import torch
from torch.optim import lr_scheduler

# 学習率の推移だけを見るので、
# パラメータ 1 個のダミーで十分
optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
# 3 エポックごとに 0.1 倍
scheduler = lr_scheduler.StepLR(optimizer, step_size=3, gamma=0.1)

for epoch in range(9):
    print(f"epoch {epoch}: lr={scheduler.get_last_lr()[0]:.6g}")
    # 実際の学習ではここまでに
    # バッチの学習が入る
    optimizer.step()
    scheduler.step()
