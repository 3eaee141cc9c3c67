import torch

x = torch.arange(24)

# -1 を書いた次元のサイズは、
# 要素数から自動で決まる (24 / (2 * 3) = 4)
print(x.view(2, 3, -1).shape)
print(x.reshape(-1, 6).shape)

# 「バッチの先頭次元だけを残して平らにする」
# のような書き方によく使う
batch = torch.zeros(8, 3, 4, 4)
print(batch.reshape(batch.shape[0], -1).shape)

# -1 は 1 か所だけ
try:
    x.view(-1, -1)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 割り切れない場合はエラー
try:
    x.view(5, -1)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
