import torch

# PyTorch 本体のバージョン
# (末尾の +cpu や +cu130 はビルドの種類)
print("torch:", torch.__version__)
# このビルドが対象にした CUDA のバージョン。
# CPU 版のビルドでは None
print("ビルド時の CUDA:", torch.version.cuda)
# CUDA 対応でビルドされているか
# (GPU の有無は見ない)
print("CUDA 対応ビルド:", torch.backends.cuda.is_built())
# いまこのプロセスから CUDA の GPU を使えるか
print("CUDA が使えるか:", torch.cuda.is_available())
