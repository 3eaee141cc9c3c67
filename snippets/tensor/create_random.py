import torch

# 乱数のシードを固定すると、毎回同じ値になる
torch.manual_seed(0)

# 標準正規分布 (平均 0, 標準偏差 1)
print(torch.randn(2, 3))
# 区間 [0, 1) の一様分布
print(torch.rand(2, 3))
# 0 以上 10 未満の整数
print(torch.randint(0, 10, (2, 3)))

# 形状は個別の引数でも、
# タプルやリスト 1 つでも渡せる
print(torch.randn(2, 3).shape, torch.randn((2, 3)).shape, torch.randn([2, 3]).shape)
