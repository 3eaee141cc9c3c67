import random

import numpy as np
import torch


def draw():
    """3 つのライブラリの乱数を 1 つずつ引く"""
    return torch.rand(1).item(), random.random(), np.random.rand()


torch.manual_seed(0)
first = draw()
# torch のシードだけを設定し直す
torch.manual_seed(0)
second = draw()
print("torch.manual_seed だけのとき、2 回目も同じか (torch, random, NumPy):")
print(" ", [x == y for x, y in zip(first, second, strict=True)])


def seed_everything(seed):
    """torch・Python の random・NumPy のグローバルな乱数生成器にシードを設定する"""
    random.seed(seed)
    np.random.seed(seed)
    # CPU と、あればすべての GPU の乱数生成器
    torch.manual_seed(seed)


seed_everything(0)
first = draw()
seed_everything(0)
second = draw()
print("3 つともシードを設定したとき:")
print(" ", [x == y for x, y in zip(first, second, strict=True)])
print("  値:", [round(x, 4) for x in second])

# np.random.default_rng() で作る Generator は、
# np.random.seed の影響を受けない
np.random.seed(0)
r1 = np.random.default_rng().random()
np.random.seed(0)
r2 = np.random.default_rng().random()
print("np.random.seed(0) のあとの default_rng() は同じか:", r1 == r2)
print("default_rng(0) は同じか:", np.random.default_rng(0).random() == np.random.default_rng(0).random())
