import torch

a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[10, 20], [30, 40]])

# dim=-1: 新しい次元を最後に作り、対応する要素を組にする
s = torch.stack((a, b), dim=-1)
print(s, s.shape)
print(s[0, 1])  # a[0, 1] と b[0, 1] の組

# dim=0: 新しい次元を先頭に作る (a と b を重ねる)
print(torch.stack((a, b), dim=0).shape)

# 形状が違うテンソルは stack できない
try:
    torch.stack((a, torch.tensor([1, 2])))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
