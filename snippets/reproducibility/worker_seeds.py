import random

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class Noisy(Dataset):
    """3 つのライブラリの乱数を 1 つずつ引いて、worker の番号とシードと一緒に返す"""

    def __len__(self):
        return 4

    def __getitem__(self, index):
        info = get_worker_info()
        draws = (torch.rand(1).item(), random.random(), np.random.rand())
        return index, info.id, info.seed, torch.tensor(draws)


def load(seed):
    loader = DataLoader(Noisy(), batch_size=2, num_workers=2, generator=torch.Generator().manual_seed(seed))
    rows = []
    for indices, worker_ids, seeds, draws in loader:
        for i in range(len(indices)):
            rows.append((indices[i].item(), worker_ids[i].item(), seeds[i].item(), draws[i].tolist()))
    return rows


def main():
    rows = load(seed=0)
    print("インデックス, worker, worker のシード, 乱数 (torch, random, NumPy)")
    for index, worker_id, seed, draws in rows:
        print(f"  {index}, {worker_id}, {seed}, {[round(x, 4) for x in draws]}")
    print("同じ generator のシードでもう一度:", load(seed=0) == rows)


# worker を起動するコードは
# main ガードの中で実行する
if __name__ == "__main__":
    main()
