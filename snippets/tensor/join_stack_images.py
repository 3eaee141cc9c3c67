import torch

torch.manual_seed(0)
# 1 枚ずつの画像
# (チャネル, 高さ, 幅) = (3, 224, 224)
img1 = torch.randn(3, 224, 224)
img2 = torch.randn(3, 224, 224)

# 先頭に新しい次元を作り、
# (バッチ, チャネル, 高さ, 幅) にする
batch = torch.stack((img1, img2), dim=0)
print(batch.shape)

# 画像のリストをまとめて渡してもよい
images = [torch.randn(3, 224, 224) for _ in range(8)]
print(torch.stack(images).shape)
