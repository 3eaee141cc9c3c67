import torch
from torch.optim import lr_scheduler


def lr_at_epoch_end(per_batch):
    """各エポックの始めの学習率を返す。1 エポック = 10 バッチ。"""
    optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
    # エポック単位のつもりの設定:
    # 「3 エポックごとに 0.1 倍」
    scheduler = lr_scheduler.StepLR(optimizer, step_size=3, gamma=0.1)
    lrs = []
    for _epoch in range(6):
        lrs.append(float(f"{scheduler.get_last_lr()[0]:.6g}"))
        for _batch in range(10):
            optimizer.step()
            if per_batch:
                # 誤り:
                # エポック単位のスケジューラを
                # バッチごとに進める
                scheduler.step()
        if not per_batch:
            # 正しい: エポックの最後に 1 回
            scheduler.step()
    return lrs


print("エポックごとに step():", lr_at_epoch_end(per_batch=False))
print("バッチごとに step():  ", lr_at_epoch_end(per_batch=True))
