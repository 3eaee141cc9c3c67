import torch

x = torch.tensor([1.5, -0.5, 2.0, -3.0])

# torch.where(条件, x, y):
# 条件が True の位置は x、False の位置は y の値
print(torch.where(x > 0, x, torch.zeros_like(x)))
# y にスカラーを渡してもよい
print(torch.where(x > 0, x, 0.0))
print(torch.where(x > 0, 1, -1))

# 条件だけを渡すと、True の位置の
# インデックスを次元ごとのタプルで返す
A = torch.tensor([[0, 3], [5, 0]])
print(torch.where(A > 0))
# nonzero は同じ位置を
# (個数, 次元数) の形で返す
print(torch.nonzero(A))
