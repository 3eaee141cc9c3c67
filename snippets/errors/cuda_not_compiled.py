import torch

x = torch.zeros(2)
try:
    # GPU の有無を確かめずに CUDA へ移す
    print(x.cuda().device)
except (AssertionError, RuntimeError) as e:
    print(f"{type(e).__name__}: {e}")

# 使えるアクセラレータがあればそれを、
# なければ CPU を使う
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
print(x.to(device).device)
