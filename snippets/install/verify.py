import torch

print("torch のバージョン:", torch.__version__)
# CPU 版のビルドでは None、CUDA 版では
# wheel がビルドされた CUDA のバージョン
print("ビルド時の CUDA:", torch.version.cuda)
print("CUDA が使えるか:", torch.cuda.is_available())
print("Apple の MPS が使えるか:", torch.backends.mps.is_available())

if torch.cuda.is_available():
    print("GPU の数:", torch.cuda.device_count())
    print("GPU 0 の名前:", torch.cuda.get_device_name(0))

# 実際に計算できることも確かめる。
# GPU があれば GPU で
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
x = torch.ones(2, 3, device=device)
print("計算の確認:", (x @ x.T).sum().item(), "on", x.device)
