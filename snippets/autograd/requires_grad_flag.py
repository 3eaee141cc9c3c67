import torch

torch.manual_seed(0)

# requires_grad=True を付けて作ったテンソルは、
# 以後の演算が記録される
x = torch.randn(3, requires_grad=True)
print(x)
print("x.requires_grad:", x.requires_grad)

# 何も指定しなければ False
c = torch.ones(3)
print("c.requires_grad:", c.requires_grad)

# 入力のどれか 1 つでも
# requires_grad=True なら、
# 結果も requires_grad=True
print("(x + c).requires_grad:", (x + c).requires_grad)
print("(c * 2).requires_grad:", (c * 2).requires_grad)

# 勾配を持てるのは浮動小数点数と
# 複素数のテンソルだけ
try:
    torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
