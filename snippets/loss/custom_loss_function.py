import torch
import torch.nn.functional as F
from torch import nn


def bce_with_confidence_penalty(logits: torch.Tensor, target: torch.Tensor, beta: float = 0.3) -> torch.Tensor:
    """二値分類の損失に、確率が 0.9 を超えた分への二乗ペナルティを足す。

    logits はシグモイド前の値。損失本体はロジットを受け取る関数で計算する。
    """
    base = F.binary_cross_entropy_with_logits(logits, target)
    prob = torch.sigmoid(logits)
    penalty = (torch.relu(prob - 0.9) ** 2).mean()
    return base + beta * penalty


torch.manual_seed(0)
model = nn.Linear(4, 1)
x = torch.randn(6, 4)
target = torch.tensor([1.0, 0.0, 1.0, 1.0, 0.0, 0.0])
logits = model(x).squeeze(1)  # (6, 1) -> (6,)

# モデルの生の出力を確率用の
# F.binary_cross_entropy に渡すとエラーになる
try:
    F.binary_cross_entropy(logits, target)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

loss = bce_with_confidence_penalty(logits, target)
print("loss:", loss)
loss.backward()
print("勾配あり:", model.weight.grad is not None, model.weight.grad.shape)
