import torch

a = torch.arange(6)  # tensor([0, 1, 2, 3, 4, 5])

# view は要素数を変えずに形状だけを変える。-1 は残りから自動で決まる
b = a.view(2, 3)
print(b)
print(a.view(3, -1).shape)

# view の結果は元のテンソルとメモリを共有する
b[0, 0] = 99
print(a)

# 転置したテンソルのようにメモリ上の並びが合わないと view はエラーになる
try:
    b.T.view(6)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
print(b.T.reshape(6))  # reshape なら必要に応じてコピーして形状を変える
