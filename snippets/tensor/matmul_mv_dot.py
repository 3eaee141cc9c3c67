import torch

# 形状 (2, 3)
m = torch.tensor([[1, 2, 3], [4, 5, 6]])
v = torch.tensor([1, 0, -1])  # 形状 (3,)

# torch.mv: 行列 (n, m) とベクトル (m,) の積
print(torch.mv(m, v))

# torch.dot: 1 次元どうしの内積
print(torch.dot(v, torch.tensor([2, 3, 4])))

# torch.dot に 2 次元のテンソルは渡せない
try:
    torch.dot(m, v)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# torch.mv のベクトルは
# 1 次元でなければならない (形状 (3, 1) は不可)
try:
    torch.mv(m, v.unsqueeze(1))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
