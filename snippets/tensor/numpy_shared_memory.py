import numpy as np
import torch

# Tensor.numpy():
# テンソルとメモリを共有する NumPy 配列を返す
t = torch.tensor([1.0, 2.0, 3.0])
a = t.numpy()
t[0] = 10.0  # テンソル側を書き換える
print(a)  # NumPy 側にも見える

# torch.from_numpy():
# NumPy 配列とメモリを共有するテンソルを返す
b = np.zeros(3)
u = torch.from_numpy(b)
b += 5  # NumPy 側をインプレースで書き換える
print(u)  # テンソル側にも見える

print(np.shares_memory(a, t.numpy()), np.shares_memory(b, u.numpy()))

# インプレースでない演算は
# 新しい配列を作るので、共有は切れる
b = b + 1
print(b, u)
