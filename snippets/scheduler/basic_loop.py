import torch
from torch import nn
from torch.optim import lr_scheduler

torch.manual_seed(0)
# GPU がなければ CPU
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")

# 小さな回帰データ
# (CPU で作ってからデバイスへ移す)
x = torch.randn(32, 3)
y = x @ torch.tensor([[1.0], [-2.0], [0.5]])
x, y = x.to(device), y.to(device)

model = nn.Linear(3, 1).to(device)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
# 2 エポックごとに学習率を 0.5 倍にする
scheduler = lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)

for epoch in range(6):
    # このエポックで使う学習率
    lr = scheduler.get_last_lr()[0]
    # バッチサイズ 8 のバッチを 4 つ
    for i in range(0, 32, 8):
        optimizer.zero_grad()
        loss = loss_fn(model(x[i : i + 8]), y[i : i + 8])
        loss.backward()
        # 先にパラメータを更新する
        optimizer.step()
    # エポックの最後に 1 回だけ学習率を更新する
    scheduler.step()
    print(f"epoch {epoch}: lr={lr:.6g} -> 次のエポックは {scheduler.get_last_lr()[0]:.6g}")
