import torch

if torch.cuda.is_available():
    # CUDA 用の旧式コンストラクタは
    # UserWarning を出す
    old = torch.cuda.FloatTensor([1, 2, 3])
    print(old.dtype, old.device)
else:
    print("CUDA が使えないため、torch.cuda.FloatTensor の例は省略します")

# 現代的な書き方: dtype と device を引数で渡す
# (GPU があってもなくても動く)。
# GPU がなければ CPU
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
new = torch.tensor([1, 2, 3], dtype=torch.float32, device=device)
print(new.dtype, new.device)
