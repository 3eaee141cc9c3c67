import torch

# CPU 以外のデバイスにあるテンソルは
# numpy() で変換できない。
# ここでは GPU がなくても使える meta デバイス
# (形状と型だけでデータを持たない) で確かめる
m = torch.zeros(3, device="meta")
try:
    m.numpy()
except TypeError as e:
    print(f"{type(e).__name__}: {e}")
