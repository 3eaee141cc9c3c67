import torch

x = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)

# 合成関数 f(x) = sin(x²)
u = x**2
f = torch.sin(u)

f.sum().backward()
print("autograd:", x.grad)

# 連鎖律: df/dx = df/du · du/dx = cos(x²) · 2x
with torch.no_grad():
    manual = torch.cos(x**2) * 2 * x
print("連鎖律  :", manual)
print("一致:", torch.allclose(x.grad, manual))
