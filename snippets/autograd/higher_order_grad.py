import torch

x = torch.tensor(3.0, requires_grad=True)
y = x**3

# create_graph=True にすると、
# 勾配の計算自体も計算グラフに記録される
(dy,) = torch.autograd.grad(y, x, create_graph=True)
print("1 階微分 3x²:", dy)

# 記録されているので、もう一度微分できる
(d2y,) = torch.autograd.grad(dy, x)
print("2 階微分 6x :", d2y)
