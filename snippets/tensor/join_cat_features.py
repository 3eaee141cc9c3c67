import torch

torch.manual_seed(0)
# 10 サンプル分の画像特徴量
# (512 次元) とテキスト特徴量 (256 次元)
image_features = torch.randn(10, 512)
text_features = torch.randn(10, 256)

# 特徴量の次元 (dim=1) で継ぎ足す:
# 512 + 256 = 768
combined = torch.cat((image_features, text_features), dim=1)
print(combined.shape)

# 各サンプルの前半 512 個は画像特徴量そのもの
print(torch.equal(combined[:, :512], image_features))
print(torch.equal(combined[:, 512:], text_features))
