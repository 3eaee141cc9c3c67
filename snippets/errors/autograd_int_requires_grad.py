import torch

# 整数のリストから作ると int64 になり、
# 勾配を持てない
try:
    torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 小数で書くか、
# dtype に浮動小数点数型を指定する
w = torch.tensor([1, 2, 3], dtype=torch.float32, requires_grad=True)
(w**2).sum().backward()
print(w.grad)
