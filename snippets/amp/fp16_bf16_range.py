import torch

for dtype in (torch.float16, torch.bfloat16, torch.float32):
    fi = torch.finfo(dtype)
    print(f"{dtype!s:15s} 最大値 {fi.max:.3e}  最小の正規化数 {fi.tiny:.3e}  eps {fi.eps:.3e}")

# 小さな勾配の値を変換すると、
# float16 では 0 になる (アンダーフロー)
g = torch.tensor([1e-3, 1e-6, 1e-8])
print("float16 :", g.to(torch.float16))
print("bfloat16:", g.to(torch.bfloat16))
# GradScaler は損失を何倍かしてから
# backward するので、勾配も同じ倍率で
# 大きくなり、0 になりにくい
# GradScaler の倍率の初期値
# (init_scale の既定値)
scale = 2.0**16
print("倍率の初期値:", scale)
print(f"{scale:.0f} 倍して float16:", (g * scale).to(torch.float16))
