import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([10, 20, 30])

# テンソル同士の加算
print(torch.add(a, b))
# 2 つ目の引数はスカラーでもよい
print(torch.add(a, 100))
# alpha を指定すると a + alpha * b を計算する
print(torch.add(a, b, alpha=2))
# 整数テンソルに小数のスカラーを足すと、
# 結果は浮動小数点数型になる
c = torch.add(a, 0.5)
print(c, c.dtype)
# 元のテンソルは変わらない
# (新しいテンソルが返る)
print(a)
