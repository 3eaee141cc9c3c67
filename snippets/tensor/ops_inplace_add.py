import torch

a = torch.tensor([1.0, 2.0, 3.0])

# add は新しいテンソルを返し、a は変わらない
b = a.add(10)
print(a, b)

# add_ は a そのものを書き換え、a 自身を返す
c = a.add_(10)
print(a)
print(c is a)

# 名前が _ で終わるメソッドがインプレース演算
a.mul_(2).clamp_(max=25.0)
print(a)
# 演算子の += もインプレース演算
# (a.add_(1) と同じ)
a += 1
print(a)
