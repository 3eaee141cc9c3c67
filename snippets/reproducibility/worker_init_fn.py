import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class Jitter(Dataset):
    """NumPy の Generator で、サンプルに加える揺らぎを作る"""

    def __init__(self):
        # メインプロセスで 1 つだけ作る
        self.rng = np.random.default_rng(0)

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return round(float(self.rng.normal()), 4)


def seed_worker(worker_id):
    """worker ごとに、その worker のシードから Generator を作り直す"""
    info = get_worker_info()
    info.dataset.rng = np.random.default_rng(info.seed)


def load(worker_init_fn):
    loader = DataLoader(
        Jitter(),
        batch_size=2,
        num_workers=2,
        worker_init_fn=worker_init_fn,
        generator=torch.Generator().manual_seed(0),
    )
    return [batch.tolist() for batch in loader]


def main():
    # 2 つの worker が同じ揺らぎを使う
    print("worker_init_fn なし:", load(None))
    print("seed_worker あり  :", load(seed_worker))
    print("もう一度           :", load(seed_worker))


if __name__ == "__main__":
    main()
