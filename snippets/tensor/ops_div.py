import torch

a = torch.tensor([7, -7, 6])
b = torch.tensor([2, 2, 3])

# 整数同士でも / (torch.div) は
# 常に小数の割り算になる
q = torch.div(a, b)
print(q, q.dtype)

# rounding_mode で丸め方を選ぶと、
# 整数型のまま結果が返る。
# 0 の方向へ切り捨て
print(torch.div(a, b, rounding_mode="trunc"))
# 負の無限大の方向へ切り捨て
print(torch.div(a, b, rounding_mode="floor"))
# // は rounding_mode="floor" と同じ
print(a // b)

# 割る数はスカラーでもよい
print(torch.div(a, 4))
