import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
# NumPy の既定は float64
features = np.random.default_rng(0).random((3, 4))
# データ型は float64 のまま
x = torch.from_numpy(features)
print(x.dtype)

try:
    # 層のパラメータは float32
    nn.Linear(4, 2)(x)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 畳み込み層でも同じ食い違いで、文面が違う
try:
    nn.Conv2d(3, 8, kernel_size=3)(torch.from_numpy(np.zeros((1, 3, 8, 8))))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 入力を float32 にそろえる
print(nn.Linear(4, 2)(x.float()).dtype)
