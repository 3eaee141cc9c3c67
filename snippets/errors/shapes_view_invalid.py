import torch

# バッチ 2 個、1 個あたり 3 × 4 = 12 要素
x = torch.zeros(2, 3, 4)

# 1 サンプルの要素数を数え間違えて 10 と書いた
try:
    x.view(2, 10)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# -1 にすれば残りの大きさを計算してくれる。
# flatten(1) は先頭のバッチの
# 次元を残して平らにする
print(x.view(2, -1).shape)
print(x.flatten(1).shape)
