import torch
from torch import nn

# クラス 1 だと確信している出力
logits = torch.tensor([[-8.0, 8.0, -8.0]], requires_grad=True)
# 正解はクラス 0 (大外れ)
target = torch.tensor([0])
loss_fn = nn.CrossEntropyLoss()

# 誤り: 先に softmax を掛けてから渡す。
# エラーも警告も出ない
loss = loss_fn(torch.softmax(logits, dim=1), target)
loss.backward()
print("softmax あり: 損失", round(loss.item(), 4), "勾配の最大の大きさ", round(logits.grad.abs().max().item(), 4))

# 正しくはロジットをそのまま渡す
# (log_softmax は CrossEntropyLoss が計算する)
logits.grad = None
loss = loss_fn(logits, target)
loss.backward()
print("softmax なし: 損失", round(loss.item(), 4), "勾配の最大の大きさ", round(logits.grad.abs().max().item(), 4))
