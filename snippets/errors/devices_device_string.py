import torch

# "gpu" というデバイスの種類はない
try:
    torch.device("gpu")
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# NVIDIA の GPU は "cuda" (番号付きなら
# "cuda:0")。torch.device を作るだけなら
# GPU は要らない
print(torch.device("cuda"), torch.device("cuda:0"))
