import torch

# GPU があれば GPU、なければ CPU を使う
# (デバイスに依存しない書き方)。
# 以降はこの変数を渡す
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")

# 値が決まっているテンソルは、
# device= で最初から目的のデバイスに作ってよい
z = torch.zeros(2, 3, device=device)
print(z)

# dtype= と device= は同時に指定できる
t = torch.tensor([1, 2, 3], dtype=torch.float64, device=device)
print(t)

# 乱数は CPU で作ってから移す
# (CUDA の乱数列は CPU と異なるため)
torch.manual_seed(0)
x = torch.randn(2, 3).to(device)
print(x)
print(x.device)
