import torch
from torch import nn
from torch.utils.data import DataLoader

data = list(range(8))


def first_order(hidden, generator=None):
    """シード 0 から、モデルを作ってから DataLoader の最初の並びを取り出す"""
    torch.manual_seed(0)
    # パラメータの初期化が
    # グローバルな乱数を消費する
    nn.Linear(4, hidden)
    loader = DataLoader(data, batch_size=8, shuffle=True, generator=generator)
    return next(iter(loader)).tolist()


print("generator なし")
print("  隠れ層 16:", first_order(16))
print("  隠れ層 32:", first_order(32))
print("generator=torch.Generator().manual_seed(0)")
print("  隠れ層 16:", first_order(16, torch.Generator().manual_seed(0)))
print("  隠れ層 32:", first_order(32, torch.Generator().manual_seed(0)))
