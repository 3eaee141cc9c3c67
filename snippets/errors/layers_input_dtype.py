import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(3, 8, kernel_size=3)
# NumPy の配列は float64 なので、
# そのまま変換すると torch.float64 になる
images = torch.from_numpy(np.zeros((2, 3, 8, 8)))
print(images.dtype)

try:
    conv(images)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# モデルのパラメータと同じ float32 にする
print(conv(images.float()).shape)
