import torch

a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[5, 0], [1, 2]])

# 要素ごとの積: 同じ位置の要素どうしを掛ける
print(torch.mul(a, b))
print(torch.equal(a * b, torch.mul(a, b)))

# 行列積とは結果が違う
print(torch.mm(a, b))

# 形状が同じでなくても、
# ブロードキャストできれば掛けられる。
# (2, 2) と (2,): 各行に [10, 100] を掛ける
print(a * torch.tensor([10, 100]))
# (2, 2) と (2, 1): 各列に [10, 100] を掛ける
print(a * torch.tensor([[10], [100]]))
print(a * 3)  # スカラー
