import torch

# 1 次元のテンソルなら
# torch.diag と同じく対角行列を作る
v = torch.tensor([1, 2, 3])
print(torch.equal(torch.diag_embed(v), torch.diag(v)))

# 最後の次元を対角に並べるので、2 次元以上の
# テンソルからは対角行列のバッチができる。
# batch の形状は (3, 2)
batch = torch.tensor([[1, 2], [3, 4], [5, 6]])
d = torch.diag_embed(batch)
print(d.shape)
print(d[2])

# 同じ 2 次元のテンソルでも、
# torch.diag は対角要素の取り出しになる
print(torch.diag(batch))
