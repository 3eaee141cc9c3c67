import torch
from torch import nn

# 4 件は誤差 0.5、
# 最後の 1 件だけ誤差 10 の外れ値
target = torch.zeros(5)

for name, loss_fn in [("MSELoss", nn.MSELoss()), ("L1Loss", nn.L1Loss()), ("HuberLoss", nn.HuberLoss())]:
    pred = torch.tensor([0.5, 0.5, 0.5, 0.5, 10.0], requires_grad=True)
    loss = loss_fn(pred, target)
    loss.backward()
    print(f"{name:9s} loss={loss.item():7.4f} grad={pred.grad}")
