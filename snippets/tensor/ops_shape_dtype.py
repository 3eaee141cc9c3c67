import torch

a = torch.zeros(2, 3, 4)

# size() と shape は同じ torch.Size を返す
print(a.size())
print(a.shape)
print(a.size() == a.shape)

# size(dim) はその次元のサイズ (shape[dim] と同じ)
print(a.size(0), a.size(-1), a.shape[1])

# 要素数は numel()、次元数は dim()
print(a.numel(), a.dim())

# データ型は dtype で調べる
print(a.dtype)
print(torch.tensor([1, 2]).dtype)
print(torch.tensor([True, False]).dtype)
