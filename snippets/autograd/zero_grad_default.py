import inspect

import torch
from torch import nn

# 既定値はどちらも set_to_none=True
# (勾配を 0 ではなく None にする)
print("Optimizer.zero_grad", inspect.signature(torch.optim.Optimizer.zero_grad))
print("Module.zero_grad   ", inspect.signature(nn.Module.zero_grad))

torch.manual_seed(0)
model = nn.Linear(2, 1)
inputs = torch.randn(4, 2)

model(inputs).sum().backward()
print("backward 後:", model.weight.grad)

model.zero_grad()  # 既定では勾配を None にする
print("zero_grad() 後:", model.weight.grad)

model(inputs).sum().backward()
# 0 で埋めたい場合
model.zero_grad(set_to_none=False)
print("zero_grad(set_to_none=False) 後:", model.weight.grad)
