import torch
from torch import nn

torch.manual_seed(0)
# batch_first=True: 入力と output の形状が
# (バッチ, 系列長, 特徴量) になる
rnn = nn.RNN(input_size=5, hidden_size=8, num_layers=2, batch_first=True)

# バッチ 3、系列長 7、特徴量 5
x = torch.randn(3, 7, 5)
output, h_n = rnn(x)
# 最終層の、全時刻の隠れ状態
print("output:", output.shape)
# 全層の、最終時刻の隠れ状態
# (batch_first でも先頭は層数)
print("h_n:   ", h_n.shape)

# 1 方向の RNN では、最終層の最終時刻の値が
# output[:, -1] と h_n[-1] で一致する
print(torch.allclose(output[:, -1], h_n[-1]))
