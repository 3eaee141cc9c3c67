import torch

a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[2, 0], [1, 3]])

# torch.mul は要素ごとの積
# (a * b と同じ)。行列積ではない
print(torch.mul(a, b))
print(torch.mul(a, 10))  # スカラー倍

# torch.pow は要素ごとのべき乗 (a ** n と同じ)
print(torch.pow(a, 2))
# 指数をテンソルで渡すと、
# 要素ごとに別の指数を使う
print(torch.pow(a, torch.tensor([[0, 1], [2, 3]])))
# 平方根のような小数の指数は、
# 浮動小数点数のテンソルに使う
print(torch.pow(torch.tensor([4.0, 9.0]), 0.5))

# 整数テンソルを負の整数乗にするとエラーになる
try:
    torch.pow(a, -1)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
# 浮動小数点数にしてからなら計算できる
print(torch.pow(a.float(), -1))
