import torch

a = torch.tensor([[1.5, 2.0], [3.0, 4.5]])

# zero_() はすべての要素をその場で 0 にし、
# 同じテンソルを返す
b = a.zero_()
print(a)
print(b is a)

# 元のテンソルを残したまま
# 0 のテンソルが欲しいなら zeros_like
c = torch.tensor([1, 2, 3])
print(torch.zeros_like(c), c)
