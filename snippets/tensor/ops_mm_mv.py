# expect-warning: UserWarning
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
# 1 次元のテンソルに .T を使うと何も変わらず、UserWarning が出る
print(torch.equal(v.T, v))
