import warnings

import torch

a = torch.tensor([[1, 2, 3], [4, 5, 6]])  # 形状 (2, 3)
b = torch.tensor([[1, 0, 1], [0, 1, 0]])  # 形状 (2, 3)

# (2, 3) と (2, 3) はそのままでは掛けられないので、b を転置して (3, 2) にする
c = torch.mm(a, b.T)
print(c, c.shape)

# torch.mv: 行列 (2, 3) とベクトル (3,) の積。結果は形状 (2,) のベクトル
v = torch.tensor([1, 1, 2])
print(torch.mv(a, v))

# 1 次元のベクトルには行と列の区別がないので、転置は要らない。
# 1 次元のテンソルに .T を使うと何も変わらず、警告が出る
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    vt = v.T
print(torch.equal(vt, v))
print(caught[0].category.__name__)
print(str(caught[0].message).split(". ")[0] + ".")
