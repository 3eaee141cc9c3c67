import torch

ints = torch.tensor([[1, 2], [3, 4]])  # int64
# float32
floats = torch.tensor([[0.5, 0.0], [0.0, 0.5]])

# 要素ごとの積は
# データ型をそろえてから計算してくれる
print(ints * floats)

# 行列積は、データ型が違うとエラーになる
try:
    ints @ floats
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# どちらかに合わせて変換する
print(ints.float() @ floats)
