import torch

torch.manual_seed(0)

# randint の既定のデータ型は int64
r = torch.randint(0, 10, (2, 3))
print(r.dtype)

# dtype= で型を指定できる
r8 = torch.randint(0, 10, (2, 3), dtype=torch.int8)
print(r8)

x64 = torch.randn(2, 3, dtype=torch.float64)
print(x64)

# 正規分布の乱数は浮動小数点数型でしか作れない
try:
    torch.randn(2, 3, dtype=torch.int64)
except NotImplementedError as e:
    print(f"{type(e).__name__}: {e}")
