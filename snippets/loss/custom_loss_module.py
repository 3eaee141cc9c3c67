import torch
from torch import nn


class MixedRegressionLoss(nn.Module):
    """MSE と L1 を weight : (1 - weight) で混ぜた回帰用の損失関数。"""

    def __init__(self, weight: float = 0.5):
        super().__init__()
        self.weight = weight
        self.mse = nn.MSELoss()
        self.l1 = nn.L1Loss()

    def forward(self, pred: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        return self.weight * self.mse(pred, target) + (1 - self.weight) * self.l1(pred, target)


torch.manual_seed(0)
model = nn.Linear(3, 1)
x = torch.randn(5, 3)
y = torch.randn(5, 1)

criterion = MixedRegressionLoss(weight=0.7)
loss = criterion(model(x), y)
print(criterion)
print("loss:", loss)

# 手計算と比べる
err = model(x) - y
manual = 0.7 * (err**2).mean() + 0.3 * err.abs().mean()
print("一致:", torch.allclose(loss, manual))

# 組み込みの演算だけで書いたので、
# backward() でパラメータに勾配が届く
loss.backward()
print("weight.grad:", model.weight.grad)
print("bias.grad  :", model.bias.grad)
