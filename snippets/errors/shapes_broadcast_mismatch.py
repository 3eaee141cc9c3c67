import torch

# 4 サンプル、特徴量 3 個
x = torch.arange(12.0).reshape(4, 3)

# 特徴量ごとの平均を引きたいのに、
# dim=1 (サンプルごと) の平均を取ってしまった
mean = x.mean(dim=1)  # 形状 (4,)
try:
    x - mean
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 特徴量ごとの平均は dim=0。形状 (3,) は
# (4, 3) の最後の次元とそろうので引ける
print(x - x.mean(dim=0))
# サンプルごとの平均を引きたいなら
# keepdim=True で (4, 1) にしておく
print((x - x.mean(dim=1, keepdim=True)).shape)
