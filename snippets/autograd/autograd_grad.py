import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w = torch.tensor([0.5, 0.5, 0.5], requires_grad=True)
out = (w * x**2).sum()

# 指定した入力についての勾配をタプルで返す。
# .grad には書き込まない
grad_x, grad_w = torch.autograd.grad(out, (x, w))
print("d out/dx:", grad_x)  # 2wx
print("d out/dw:", grad_w)  # x²
print("x.grad:", x.grad, " w.grad:", w.grad)

# 非スカラーの出力には grad_outputs を渡す
# (backward の gradient と同じ役割)
y = x**2
(g,) = torch.autograd.grad(y, x, grad_outputs=torch.ones_like(y))
print("grad_outputs=ones:", g)
