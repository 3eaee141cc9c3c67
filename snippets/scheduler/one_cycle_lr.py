import torch
from torch.optim import lr_scheduler

# steps_per_epoch は普通 len(train_loader)
epochs, steps_per_epoch = 3, 4
optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1, momentum=0.9)
# epochs × steps_per_epoch = 12 バッチの
# 最初の 25% で max_lr まで上げる
scheduler = lr_scheduler.OneCycleLR(
    optimizer, max_lr=0.1, epochs=epochs, steps_per_epoch=steps_per_epoch, pct_start=0.25
)
print("total_steps:", scheduler.total_steps)

lrs = []
for epoch in range(epochs):
    for batch in range(steps_per_epoch):
        # このバッチで使う学習率
        lrs.append(scheduler.get_last_lr()[0])
        optimizer.step()
        scheduler.step()  # バッチごとに呼ぶ
        print(f"epoch {epoch} batch {batch}: lr={lrs[-1]:.6g}")

peak = max(range(len(lrs)), key=lambda i: lrs[i])
print(f"最大値 {lrs[peak]:.6g} は {peak} 番目のバッチ (0 から数える)")
print(f"最初 = max_lr / div_factor = {lrs[0]:.6g}, 最後 = {lrs[-1]:.6g}")
