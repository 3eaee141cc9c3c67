import torch
from torch import nn

model = nn.Linear(3, 1, bias=False)
# 説明のため勾配を直接入れる
model.weight.grad = torch.tensor([[0.3, -2.5, 7.0]])

ret = nn.utils.clip_grad_value_(model.parameters(), clip_value=1.0)
print("戻り値:", ret)
# 各要素を [-1.0, 1.0] に切り詰める。
# 向きは変わる
print("クリップ後の勾配:", model.weight.grad)
