import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
# 葉でない y にも .grad を残すよう指定する
y.retain_grad()
z = (y**2).sum()
z.backward()

print("y.is_leaf:", y.is_leaf, " y.retains_grad:", y.retains_grad)
# dz/dy = 2y = [6, 12]
print("y.grad:", y.grad)
# dz/dx = 2y · 3 = [18, 36]
print("x.grad:", x.grad)
