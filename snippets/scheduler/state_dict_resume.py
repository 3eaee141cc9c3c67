import io

import torch
from torch.optim import lr_scheduler


def make():
    """モデル (ここではパラメータ 1 個)、オプティマイザ、スケジューラを作る。"""
    params = [torch.nn.Parameter(torch.zeros(1))]
    optimizer = torch.optim.SGD(params, lr=0.1, momentum=0.9)
    scheduler = lr_scheduler.CosineAnnealingLR(optimizer, T_max=6)
    return optimizer, scheduler


def train_epochs(optimizer, scheduler, n):
    lrs = []
    for _ in range(n):
        lrs.append(float(f"{scheduler.get_last_lr()[0]:.6g}"))
        optimizer.step()
        scheduler.step()
    return lrs


# 途中で止めずに 6 エポック
optimizer, scheduler = make()
print("通しで 6 エポック:", train_epochs(optimizer, scheduler, 6))

# 3 エポックで止めて、
# オプティマイザとスケジューラの状態を保存する
optimizer, scheduler = make()
first = train_epochs(optimizer, scheduler, 3)
buffer = io.BytesIO()  # ファイルの代わり
torch.save({"optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict()}, buffer)
print("scheduler.state_dict() の last_epoch:", scheduler.state_dict()["last_epoch"])

# 作り直してから、
# 両方の状態を読み込んで続きを 3 エポック
optimizer, scheduler = make()
buffer.seek(0)
checkpoint = torch.load(buffer, map_location="cpu", weights_only=True)
optimizer.load_state_dict(checkpoint["optimizer"])
scheduler.load_state_dict(checkpoint["scheduler"])
print("3 + 3 エポック:   ", first + train_epochs(optimizer, scheduler, 3))
