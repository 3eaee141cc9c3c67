import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2

# 計算グラフから切り離したテンソル
d = y.detach()
print("d:", d)
print("d.requires_grad:", d.requires_grad, " d.is_leaf:", d.is_leaf)

# コピーではない:
# y と同じメモリ (データ) を共有している
print("同じメモリ:", d.data_ptr() == y.data_ptr())
d[0] = 100.0  # d を書き換えると…
print("y:", y)  # y の値も変わる

# 独立したコピーが欲しいときは clone() も付ける
c = y.detach().clone()
c[1] = -1.0
print("c:", c)
print("y:", y)  # y は変わらない
