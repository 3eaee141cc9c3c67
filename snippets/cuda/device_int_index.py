import torch

# 整数だけを渡すと「現在のアクセラレータの
# 何番目か」という意味になる
try:
    print(repr(torch.device(0)))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
