import numpy as np
import torch

# NumPy の浮動小数点数の既定は float64。
# 変換するとそのまま torch.float64 になる
a = np.array([0.1, 0.2])
print(a.dtype, torch.from_numpy(a).dtype, torch.tensor(a).dtype)

# float32 の重みを持つ層に
# float64 のテンソルを入れるとエラーになる
torch.manual_seed(0)
layer = torch.nn.Linear(2, 1)
try:
    layer(torch.from_numpy(a))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# float32 に変換してから入れる
print(layer(torch.from_numpy(a).float()).dtype)
print(torch.tensor(a, dtype=torch.float32).dtype)

# NumPy 2 の整数の既定は int64 で、
# torch.int64 になる
print(torch.from_numpy(np.array([1, 2])).dtype)

# 逆向き: torch の float32 は
# NumPy の float32 になる
print(torch.zeros(2).numpy().dtype)

# NumPy に対応する型がない
# bfloat16 は変換できない
try:
    torch.zeros(2, dtype=torch.bfloat16).numpy()
except TypeError as e:
    print(f"{type(e).__name__}: {e}")
print(torch.zeros(2, dtype=torch.bfloat16).float().numpy().dtype)
