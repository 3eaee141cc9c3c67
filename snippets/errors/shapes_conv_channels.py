import torch
from torch import nn

# カラー画像 (3 チャネル) 用の畳み込み層
conv = nn.Conv2d(3, 16, kernel_size=3)
# 白黒画像 (1 チャネル) のバッチ
gray = torch.zeros(1, 1, 28, 28)

try:
    conv(gray)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# バッチとチャネルの次元がない
# (高さ, 幅) だけの画像も受け取れない
try:
    conv(torch.zeros(28, 28))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# in_channels を入力のチャネル数に合わせ、
# 入力は (バッチ, チャネル, 高さ, 幅) にする
conv = nn.Conv2d(1, 16, kernel_size=3)
print(conv(gray).shape)
print(conv(torch.zeros(28, 28)[None, None]).shape)
