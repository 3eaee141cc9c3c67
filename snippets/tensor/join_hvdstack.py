import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([4, 5, 6])

# 1 次元のテンソルの場合
# 横に継ぎ足す: 形状 (6,)
print("hstack:", torch.hstack((a, b)))
# 行として縦に積む: 形状 (2, 3)
print("vstack:", torch.vstack((a, b)))
# 3 番目の次元で積む: 形状 (1, 3, 2)
print("dstack:", torch.dstack((a, b)).shape)

A = torch.tensor([[1, 2], [3, 4]])
B = torch.tensor([[5, 6], [7, 8]])

# 2 次元のテンソルでは hstack は cat(dim=1)、
# vstack は cat(dim=0) と同じ
print(torch.equal(torch.hstack((A, B)), torch.cat((A, B), dim=1)))
print(torch.equal(torch.vstack((A, B)), torch.cat((A, B), dim=0)))
# dstack は stack(dim=2) と同じ
print(torch.equal(torch.dstack((A, B)), torch.stack((A, B), dim=2)))
