import torch

t = torch.tensor([1.0, 2.0, 3.0])
a = t.numpy()
print(type(a).__name__, a, a.dtype)

# CPU のテンソルとメモリを共有するので、テンソルを変えると配列も変わる
t[0] = 100.0
print(a)
