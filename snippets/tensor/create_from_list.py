import torch

# Python のリスト
# (入れ子のリスト) からテンソルを作る
x = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(x)
print(x.shape, x.dtype)

# 小数が 1 つでも混じると浮動小数点数型
# (既定は float32) になる
y = torch.tensor([1, 2.5, 3])
print(y, y.dtype)

# dtype= を渡すと、
# データから推論せずにその型で作る
z = torch.tensor([1, 2, 3], dtype=torch.float32)
print(z, z.dtype)

# 入れ子の長さがそろっていないリストは
# テンソルにできない
try:
    torch.tensor([[1, 2], [3]])
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
