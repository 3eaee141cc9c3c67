import torch

# 使えるアクセラレータ (CUDA の GPU、Apple
# シリコンの MPS など) があればそれを、
# なければ CPU を使う。
# 以降はこの変数だけを使う
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
print(device)

# 乱数は CPU で作ってから移す
# (GPU の乱数列は CPU と違うため)
torch.manual_seed(0)
x = torch.randn(2, 3).to(device)
print(x.device)
