import torch

x = torch.tensor([1, 2, 3])  # 形状 (3,)

# unsqueeze: 指定した位置に
# サイズ 1 の次元を入れる (要素は増えない)
print(x.unsqueeze(0).shape, x.unsqueeze(0))
print(x.unsqueeze(1).shape)
print(x.unsqueeze(-1).shape)
print("要素数:", torch.unsqueeze(x, 0).numel())

y = torch.zeros(1, 3, 1, 2)

# squeeze(): サイズ 1 の次元をすべて取り除く
print(y.squeeze().shape)
# squeeze(dim): 指定した次元だけを取り除く
print(y.squeeze(0).shape)
print(y.squeeze((0, 2)).shape)
# サイズが 1 でない次元を指定しても
# エラーにならず、何もしない
print(y.squeeze(1).shape)
