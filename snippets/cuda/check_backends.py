import torch

# cuDNN (CUDA 用の深層学習ライブラリ) が
# 使えるか、そのバージョン
print("cuDNN:", torch.backends.cudnn.is_available(), torch.backends.cudnn.version())
# Apple シリコンの GPU (MPS):
# ビルドが対応しているか / 実際に使えるか
print("MPS:", torch.backends.mps.is_built(), torch.backends.mps.is_available())
