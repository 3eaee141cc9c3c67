import torch
from torch import nn

torch.manual_seed(0)
# 1 時刻あたり 8 個の特徴量を受け取る LSTM
lstm = nn.LSTM(input_size=8, hidden_size=16, batch_first=True)

try:
    # (バッチ, 系列の長さ, 特徴量) の特徴量が 4
    lstm(torch.randn(2, 5, 4))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

try:
    # 4 次元の入力
    lstm(torch.randn(2, 3, 5, 8))
except ValueError as e:
    print(f"{type(e).__name__}: {e}")

output, (h, c) = lstm(torch.randn(2, 5, 8))
print(output.shape, h.shape)
