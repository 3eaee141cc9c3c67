import numpy as np
import torch

a = np.arange(4)
# 逆順のスライスは
# 「負のストライド」を持つビュー
r = a[::-1]

try:
    torch.from_numpy(r)
except ValueError as e:
    print(f"{type(e).__name__}: {str(e).rstrip()}")

# .copy() で普通の配列にしてから変換する
print(torch.from_numpy(r.copy()))
