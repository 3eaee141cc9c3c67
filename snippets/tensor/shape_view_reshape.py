import torch

x = torch.arange(12)
print(x)

# view も reshape も、要素を
# 先頭から並べた順番のまま形状だけを変える
print(x.view(3, 4))
print(x.reshape(2, 6))

# 要素数が合わない形状は指定できない
try:
    x.view(5, 2)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
