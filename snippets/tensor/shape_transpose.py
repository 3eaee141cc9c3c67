import torch

x = torch.arange(6).reshape(2, 3)
print(x)

# transpose(dim0, dim1): 2 つの次元を入れ替える
print(x.transpose(0, 1))

# 2 次元のテンソルなら .T も同じ結果
print(torch.equal(x.T, x.transpose(0, 1)))

# 3 次元以上でも、
# 指定した 2 つの次元だけが入れ替わる
y = torch.zeros(2, 3, 4)
print(y.transpose(0, 2).shape)
print(y.transpose(1, -1).shape)
