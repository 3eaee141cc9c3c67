import torch

# y = x² の微分は dy/dx = 2x。
# x = 3 なら勾配は 6 になるはず。
# このテンソルについての勾配を求める
x = torch.tensor(3.0, requires_grad=True)
y = x**2
# 逆伝播: dy/dx を計算して x.grad に入れる
y.backward()

print(f"y = {y.item()}")
print(f"x.grad = {x.grad.item()}  (2x = {2 * x.item()})")
