import torch
from torch.optim import lr_scheduler


def make_optimizer():
    return torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)


def make_scheduler(optimizer):
    return lr_scheduler.LambdaLR(optimizer, lr_lambda=lambda epoch: 0.5**epoch)


# 3 エポック進めた状態を保存する
optimizer = make_optimizer()
scheduler = make_scheduler(optimizer)
for _ in range(3):
    optimizer.step()
    scheduler.step()
saved = {"optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict()}
print("保存時の学習率:", optimizer.param_groups[0]["lr"])

# 誤り: オプティマイザの状態を
# 読み込んでからスケジューラを作る
optimizer = make_optimizer()
optimizer.load_state_dict(saved["optimizer"])
# ここで学習率が
# 0.1 × lr_lambda(0) に上書きされる
scheduler = make_scheduler(optimizer)
scheduler.load_state_dict(saved["scheduler"])
print("誤った順序:", optimizer.param_groups[0]["lr"], "/ get_last_lr():", scheduler.get_last_lr())

# 正しい: 両方を作ってから、
# 両方の状態を読み込む
optimizer = make_optimizer()
scheduler = make_scheduler(optimizer)
optimizer.load_state_dict(saved["optimizer"])
scheduler.load_state_dict(saved["scheduler"])
print("正しい順序:", optimizer.param_groups[0]["lr"], "/ get_last_lr():", scheduler.get_last_lr())
