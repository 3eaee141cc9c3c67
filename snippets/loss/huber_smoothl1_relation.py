import torch
from torch import nn

torch.manual_seed(0)
pred = torch.randn(8) * 3
target = torch.randn(8)

for delta in [0.5, 1.0, 2.0]:
    huber = nn.HuberLoss(delta=delta)(pred, target)
    smooth = nn.SmoothL1Loss(beta=delta)(pred, target)
    # 手計算 (HuberLoss): |d| < δ なら 0.5 d²、
    # それ以外は δ(|d| - 0.5δ)
    d = (pred - target).abs()
    manual = torch.where(d < delta, 0.5 * d**2, delta * (d - 0.5 * delta)).mean()
    print(
        f"delta={delta}: Huber={huber:.4f} SmoothL1={smooth:.4f} delta×SmoothL1={delta * smooth:.4f}",
        torch.allclose(huber, delta * smooth),
        torch.allclose(huber, manual),
    )
