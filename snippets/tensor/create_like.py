import torch

# int64, 形状 (2, 3)
base = torch.tensor([[1, 2, 3], [4, 5, 6]])

# *_like は、渡したテンソルと
# 同じ形状・データ型・デバイスで作る
print(torch.zeros_like(base))
print(torch.ones_like(base))
print(torch.full_like(base, 7))
e = torch.empty_like(base)
# empty_like の中身は不定なので表示しない
print(e.shape, e.dtype)

# データ型だけ変えたいときは dtype= を渡す
torch.manual_seed(0)
print(torch.rand_like(base, dtype=torch.float32))

# 一様乱数は整数型では作れないので、
# dtype= なしだとエラーになる
try:
    torch.rand_like(base)
except NotImplementedError as e:
    print(f"{type(e).__name__}: {e}")
