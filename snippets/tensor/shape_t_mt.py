import warnings

import torch

x = torch.zeros(2, 3, 4)  # 3 次元: (バッチ, 行, 列)

# .mT は末尾の 2 つの次元だけを入れ替える (行列のバッチの転置)
print(x.mT.shape)

# 2 次元以外のテンソルに .T を使うと、すべての次元の並びが逆になり、警告が出る
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(x.T.shape)
    print(x.T.shape)  # 2 回目
print(caught[0].category.__name__)
print(str(caught[0].message).split(" (Triggered internally")[0])
# 警告はプロセスごとに最初の 1 回だけ出る
print("警告の数:", len(caught))
