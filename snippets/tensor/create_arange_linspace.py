import torch

# arange(start, end, step): end は含まない
print(torch.arange(5))
print(torch.arange(1, 2, 0.25))

# 引数がすべて整数なら int64、
# 1 つでも小数なら既定の浮動小数点数型
print(torch.arange(5).dtype, torch.arange(5.0).dtype)

# linspace(start, end, steps):
# end を含めて steps 個を等間隔に並べる
print(torch.linspace(0, 1, steps=5))
# 整数を渡しても浮動小数点数型
print(torch.linspace(0, 10, steps=3).dtype)

# 小数の刻みでは丸め誤差のため、含まないはずの
# end (1.3) が入ってしまうことがある
print(torch.arange(1, 1.3, 0.1))
# 要素数を確実に決めたいときは linspace を使う
print(torch.linspace(1, 1.2, steps=3))
