import torch

torch.manual_seed(0)
# 時刻ごとの特徴量ベクトル (256 次元)
frame1 = torch.randn(256)
frame2 = torch.randn(256)

# (時刻, 特徴量) の系列にする
sequence = torch.stack((frame1, frame2), dim=0)
print(sequence.shape)

# cat だと 1 次元のまま
# 長さ 512 のベクトルになる
print(torch.cat((frame1, frame2), dim=0).shape)
