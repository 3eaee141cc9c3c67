import math

import torch
from torch.utils.data import DataLoader, TensorDataset

# サンプル数, バッチサイズ, エポック数
N, B, EPOCHS = 10, 3, 4
ds = TensorDataset(torch.arange(N))

for drop_last in (False, True):
    loader = DataLoader(ds, batch_size=B, drop_last=drop_last)
    expected = N // B if drop_last else math.ceil(N / B)
    # 実際にパラメータ更新をする回数にあたる
    iterations = 0
    for _epoch in range(EPOCHS):
        for _batch in loader:
            iterations += 1
    print(f"drop_last={drop_last}: 1 エポック = len(loader) = {len(loader)} イテレーション (計算値 {expected})")
    print(f"  {EPOCHS} エポックの合計: {iterations} イテレーション = {EPOCHS} × {len(loader)}")
