import torch

torch.manual_seed(0)
# 1 枚の画像に対する 2 つの畳み込みの出力
# (チャネル, 高さ, 幅) = (32, 64, 64)
conv_out1 = torch.randn(32, 64, 64)
conv_out2 = torch.randn(32, 64, 64)

# dim=0 (チャネル) で継ぎ足すと
# 32 + 32 = 64 チャネルになる
merged = torch.cat((conv_out1, conv_out2), dim=0)
print(merged.shape)

# バッチ次元のある (バッチ, チャネル, 高さ, 幅)
# なら、チャネルは dim=1
batched1 = torch.randn(4, 32, 64, 64)
batched2 = torch.randn(4, 32, 64, 64)
print(torch.cat((batched1, batched2), dim=1).shape)

# ここで dim=0 にしてもエラーにはならず、
# バッチが 8 に増えるだけ
print(torch.cat((batched1, batched2), dim=0).shape)
