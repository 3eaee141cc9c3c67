import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=5, hidden_size=8, num_layers=2, batch_first=True)

# (バッチ, 系列長, 特徴量)
x = torch.randn(3, 7, 5)
# LSTM は隠れ状態 h に加えてセル状態 c も
# 返す: output, (h_n, c_n)
output, (h_n, c_n) = lstm(x)
# (バッチ, 系列長, hidden_size)
print("output:", output.shape)
# (層数, バッチ, hidden_size)
print("h_n:   ", h_n.shape)
# (層数, バッチ, hidden_size)
print("c_n:   ", c_n.shape)

# 双方向にすると output の特徴量は 2 倍、
# h_n の先頭次元は 層数 × 2 になる
bi = nn.LSTM(input_size=5, hidden_size=8, num_layers=2, batch_first=True, bidirectional=True)
output, (h_n, c_n) = bi(x)
print("双方向 output:", output.shape, " h_n:", h_n.shape)
