import torch
from torch import nn

torch.manual_seed(0)

# 28x28 のグレースケール画像を
# 10 クラスに分類する小さな CNN
model = nn.Sequential(
    # (N, 1, 28, 28) → (N, 8, 28, 28)
    nn.Conv2d(1, 8, kernel_size=3, padding=1),
    nn.ReLU(),
    # 縦横を半分に → (N, 8, 14, 14)
    nn.MaxPool2d(2),
    # → (N, 16, 14, 14)
    nn.Conv2d(8, 16, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),  # → (N, 16, 7, 7)
    # バッチ以外の次元を 1 列に
    # → (N, 16*7*7) = (N, 784)
    nn.Flatten(),
    nn.Linear(16 * 7 * 7, 10),  # → (N, 10)
)

# 層を 1 つずつ通して、形状の変化を確かめる
# (バッチ, チャネル, 高さ, 幅)
x = torch.randn(4, 1, 28, 28)
print(f"{'Input':24} {tuple(x.shape)}")
for layer in model:
    x = layer(x)
    print(f"{type(layer).__name__:24} {tuple(x.shape)}")
