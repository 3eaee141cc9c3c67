import torch

# torch.accelerator は
# CUDA / MPS / XPU などを区別せずに扱う API
print("is_available:", torch.accelerator.is_available())
print("device_count:", torch.accelerator.device_count())
# 引数なし: ビルド時に組み込まれた
# アクセラレータ (実行時に使えるかは見ない)
print("current_accelerator():", torch.accelerator.current_accelerator())
# check_available=True:
# 実行時にも使えるときだけ torch.device を返す
print("current_accelerator(check_available=True):", torch.accelerator.current_accelerator(check_available=True))
