import torch

# 3 次元: (バッチ, 行, 列)
x = torch.zeros(2, 3, 4)

# .mT は末尾の 2 つの次元だけを
# 入れ替える (行列のバッチの転置)
print(x.mT.shape)

# 2 次元以外のテンソルに .T を使うと、すべての
# 次元の並びが逆になり、UserWarning が出る
print(x.T.shape)
# 2 回目。警告はプロセスごとに最初の 1 回だけ
print(x.T.shape)
