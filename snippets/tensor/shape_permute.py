import torch

torch.manual_seed(0)
# (高さ, 幅, チャネル) = HWC の画像
# (画像ライブラリや NumPy でよく使う並び)
hwc = torch.rand(32, 48, 3)

# permute には新しい並びを、
# 元の次元の番号で渡す: (C, H, W) = (2, 0, 1)
chw = hwc.permute(2, 0, 1)
print(chw.shape)

# 値の対応: chw[c, h, w] == hwc[h, w, c]
print(torch.equal(chw[1, 5, 7], hwc[5, 7, 1]))

# CHW から HWC に戻す
print(chw.permute(1, 2, 0).shape)

# permute の結果も連続ではない
print(chw.is_contiguous())
