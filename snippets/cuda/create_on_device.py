import torch

# アクセラレータ (CUDA の GPU など) が
# 使えればそれを、なければ CPU を使う
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")

# device= を渡すと、最初から
# そのデバイス上にテンソルを作る
# (CPU で作ってから移すより無駄がない)
a = torch.zeros(2, 3, device=device)
b = torch.tensor([1, 2, 3], device=device)
c = torch.arange(4, device=device)
print(a)
print(b)
print(c.device)
