import torch

a = torch.tensor([[1, 2, 3], [4, 5, 6]])  # 形状 (2, 3)

# 次元 0 と次元 1 を入れ替える (2 次元なら転置)
t = a.transpose(0, 1)
print(t, t.shape)
print(torch.equal(t, a.T))  # 2 次元のテンソルでは .T と同じ

# 転置の結果はコピーではなく、同じメモリを別の順序で見ているだけ
t[0, 1] = 40
print(a)

# 3 次元以上では、指定した 2 つの次元だけが入れ替わる
print(torch.zeros(2, 3, 4).transpose(0, 1).shape)
