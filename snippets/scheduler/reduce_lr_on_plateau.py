import torch
from torch.optim import lr_scheduler

optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
# 検証損失 (小さいほど良い) が patience=2
# エポックを超えて改善しなければ 0.5 倍
scheduler = lr_scheduler.ReduceLROnPlateau(optimizer, mode="min", factor=0.5, patience=2, threshold=1e-4)

# 検証損失の代わりに、
# 決めておいた値を順に与える
val_losses = [1.0, 0.8, 0.7, 0.69995, 0.71, 0.70, 0.65, 0.66, 0.67, 0.66]
for epoch, val_loss in enumerate(val_losses):
    optimizer.step()  # (学習の代わり)
    scheduler.step(val_loss)  # 検証損失を渡す
    print(
        f"epoch {epoch}: val_loss={val_loss:<7} best={scheduler.best:<5} "
        f"改善なし={scheduler.num_bad_epochs} -> lr={scheduler.get_last_lr()[0]:.6g}"
    )
