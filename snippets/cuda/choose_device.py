# output-check: cpu
import torch

# GPU (CUDA) が使えればそれを、なければ CPU を使う
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")  # 以降はこの変数だけを使う
print(device)

# 乱数は CPU で作ってから移す (GPU の乱数列は CPU と違うため)
torch.manual_seed(0)
x = torch.randn(2, 3).to(device)
print(x.device)
