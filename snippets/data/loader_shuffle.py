import torch
from torch.utils.data import DataLoader

data = list(range(8))


def orders(seed, epochs=2):
    """シード付きの Generator で shuffle し、エポックごとの並びを返す"""
    loader = DataLoader(data, batch_size=8, shuffle=True, generator=torch.Generator().manual_seed(seed))
    result = []
    for _ in range(epochs):
        # batch_size=8 なので
        # 1 エポック = 1 バッチ
        for batch in loader:
            result.append(batch.tolist())
        # 大域の乱数を消費しても、
        # 専用の Generator には影響しない
        torch.rand(3)
    return result


a = orders(seed=0)
b = orders(seed=0)
print("シード 0:", a)
print("もう一度シード 0:", b)
print("同じ並びか:", a == b)
print("エポックごとに並びが変わるか:", a[0] != a[1])
print("シード 1:", orders(seed=1))
