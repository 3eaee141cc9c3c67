import math

import torch
from torch.optim import lr_scheduler

warmup_epochs, total_epochs = 3, 10


def warmup_cosine(epoch):
    """最初の学習率に掛ける係数を返す。"""
    if epoch < warmup_epochs:
        # 0.1 から 1.0 へ直線で上げる
        return 0.1 + 0.9 * epoch / warmup_epochs
    t = (epoch - warmup_epochs) / (total_epochs - warmup_epochs)
    # 1.0 から 0 へコサインで下げる
    return 0.5 * (1 + math.cos(math.pi * t))


def run(make_scheduler):
    optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
    scheduler = make_scheduler(optimizer)
    lrs = []
    for _ in range(total_epochs + 1):
        lrs.append(scheduler.get_last_lr()[0])
        optimizer.step()
        scheduler.step()
    return lrs


lambda_lrs = run(lambda opt: lr_scheduler.LambdaLR(opt, lr_lambda=warmup_cosine))
sequential_lrs = run(
    lambda opt: lr_scheduler.SequentialLR(
        opt,
        schedulers=[
            lr_scheduler.LinearLR(opt, start_factor=0.1, total_iters=warmup_epochs),
            lr_scheduler.CosineAnnealingLR(opt, T_max=total_epochs - warmup_epochs),
        ],
        milestones=[warmup_epochs],
    )
)
print("LambdaLR:    ", [float(f"{lr:.6g}") for lr in lambda_lrs])
print("SequentialLR:", [float(f"{lr:.6g}") for lr in sequential_lrs])
# 計算の順序が違うので最後の桁まで
# 一致するとは限らない。誤差の範囲で比べる
diffs = [abs(a - b) for a, b in zip(lambda_lrs, sequential_lrs, strict=True)]
print("差の最大値は 1e-12 未満:", max(diffs) < 1e-12)
