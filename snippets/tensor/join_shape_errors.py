import torch

# stack: 形状が完全に同じでなければならない
try:
    torch.stack((torch.zeros(2, 3), torch.zeros(3, 2)))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# cat: 結合する次元以外の
# サイズがそろっていなければならない
try:
    torch.cat((torch.zeros(2, 3), torch.zeros(2, 4)), dim=0)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 結合する次元のサイズは違ってよい
# (2 + 5 = 7 行)
print(torch.cat((torch.zeros(2, 3), torch.zeros(5, 3)), dim=0).shape)

# cat: 次元の数もそろっていなければならない
try:
    torch.cat((torch.zeros(2, 3), torch.zeros(3)), dim=0)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
