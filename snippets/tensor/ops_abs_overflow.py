import torch

# int8 の最小値 -128 の絶対値 128 は
# int8 に収まらないため、-128 のまま返る
x = torch.tensor([-128, -5, 5], dtype=torch.int8)
print(torch.abs(x))

# 大きい整数型に
# 変換してから計算すれば正しい値になる
print(torch.abs(x.to(torch.int16)))
