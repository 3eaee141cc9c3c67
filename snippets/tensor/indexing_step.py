import torch

a = torch.arange(10)

# start:stop:step (stop は含まない)
print(a[::2])
print(a[1:8:3])
# 負のインデックスを使ったスライス:
# 末尾の 3 要素、末尾の 1 要素を除いたもの
print(a[-3:])
print(a[:-1])

# 負のステップ (逆順) は使えない
try:
    a[::-1]
except ValueError as e:
    print(f"{type(e).__name__}: {e}")

# 逆順にしたいときは torch.flip
r = torch.flip(a, dims=(0,))
print(r)
# flip の結果はコピーなので、
# 書き換えても元は変わらない
r[0] = 100
print(a[-1])
