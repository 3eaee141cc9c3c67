import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
lr = 0.1
# モーメンタムなしの素の SGD
optimizer = torch.optim.SGD(model.parameters(), lr=lr)

x, y = torch.randn(4, 3), torch.randn(4, 1)
optimizer.zero_grad()
nn.functional.mse_loss(model(x), y).backward()

# 更新前の値を複製して取っておく
before = model.weight.detach().clone()
grad = model.weight.grad.clone()
optimizer.step()

print("更新前 θ      :", before)
print("勾配 grad     :", grad)
print("step() 後     :", model.weight.detach())
print("θ − lr·grad   :", before - lr * grad)
print("手計算と一致  :", torch.allclose(model.weight, before - lr * grad))
