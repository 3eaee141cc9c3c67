"""学習率スケジューラの学習率の推移: 各スケジューラを実際に動かし (optimizer.step() のあとに scheduler.step())、
その回に使った学習率 (get_last_lr()) を記録する。"""

import matplotlib.pyplot as plt
import torch
from torch.optim import lr_scheduler

STEPS, LR = 30, 0.1


def record(make_scheduler, momentum=0.0):
    """学習率の推移だけを見るので、パラメータ 1 個のダミーで十分。"""
    optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=LR, momentum=momentum)
    scheduler = make_scheduler(optimizer)
    lrs = []
    for _ in range(STEPS):
        lrs.append(scheduler.get_last_lr()[0])  # この回に使う学習率
        optimizer.step()
        scheduler.step()
    return lrs


def warmup_cosine(optimizer):
    warmup = lr_scheduler.LinearLR(optimizer, start_factor=0.1, total_iters=5)
    cosine = lr_scheduler.CosineAnnealingLR(optimizer, T_max=STEPS - 5)
    return lr_scheduler.SequentialLR(optimizer, schedulers=[warmup, cosine], milestones=[5])


schedules = [
    ("StepLR(step_size=10, gamma=0.5)", record(lambda o: lr_scheduler.StepLR(o, step_size=10, gamma=0.5))),
    ("MultiStepLR([10, 25], gamma=0.3)", record(lambda o: lr_scheduler.MultiStepLR(o, [10, 25], gamma=0.3))),
    ("ExponentialLR(gamma=0.9)", record(lambda o: lr_scheduler.ExponentialLR(o, gamma=0.9))),
    (f"CosineAnnealingLR(T_max={STEPS})", record(lambda o: lr_scheduler.CosineAnnealingLR(o, T_max=STEPS))),
    (
        f"OneCycleLR(max_lr={LR}, total_steps={STEPS})",
        record(lambda o: lr_scheduler.OneCycleLR(o, max_lr=LR, total_steps=STEPS), momentum=0.9),
    ),
    ("LinearLR + Cosine (SequentialLR)", record(warmup_cosine)),
]


def draw(rows, cols, figsize):
    fig, axes = plt.subplots(rows, cols, figsize=figsize, sharex=True, sharey=True, squeeze=False)
    for ax, (title, lrs) in zip(axes.flat, schedules, strict=True):
        # 学習率は 1 回の step の間は一定なので、階段で描く
        ax.plot(range(STEPS), lrs, drawstyle="steps-post", marker="o", markersize=2, linewidth=1.2, color="#1f77b4")
        ax.set_title(title, fontsize=11)
        ax.grid(True, color="#e5e5e5", linewidth=0.8)
        ax.tick_params(labelsize=9)
    for ax in axes[-1]:
        ax.set_xlabel("step", fontsize=11)
    for ax in axes[:, 0]:
        ax.set_ylabel("lr", fontsize=11)
    axes[0, 0].set_ylim(0, LR * 1.08)
    fig.tight_layout(h_pad=0.6, w_pad=0.8)
    return fig


figure = draw(2, 3, (9.6, 3.6))
phone = draw(6, 1, (4.0, 8.4))  # スマートフォン向け: パネルを縦に積む
