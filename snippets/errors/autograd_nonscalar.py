import torch
from torch import nn

pred = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
target = torch.tensor([1.5, 2.0, 2.0])

# reduction="none" はサンプルごとの損失
# (形状 (3,)) を返す
loss = nn.MSELoss(reduction="none")(pred, target)
try:
    loss.backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 平均か合計でスカラー
# (0 次元) にしてから backward する
loss.mean().backward()
print(pred.grad)
