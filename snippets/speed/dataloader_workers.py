import time

import torch
from torch.utils.data import DataLoader


class SquaresDataset(torch.utils.data.Dataset):
    """__getitem__ で、work 回のループ (重い前処理の代わり) をしてからサンプルを返す"""

    def __init__(self, work):
        self.work = work

    def __len__(self):
        return 64

    def __getitem__(self, index):
        total = 0
        for k in range(self.work):
            total += k % 7
        return torch.tensor([index, total], dtype=torch.float32)


def epoch_seconds(work, num_workers):
    """1 エポック (全バッチ) を読み終えるまでの時間。worker の起動も含む"""
    loader = DataLoader(SquaresDataset(work), batch_size=8, num_workers=num_workers)
    start = time.perf_counter()
    for _batch in loader:
        pass
    return time.perf_counter() - start


def main():
    print("torch のスレッド数:", torch.get_num_threads())
    print("前処理    | num_workers=0 | num_workers=2  (2 回の最小、秒)")
    for name, work in [("軽い", 0), ("重い", 100_000)]:
        row = [min(epoch_seconds(work, n) for _ in range(2)) for n in (0, 2)]
        print(f"{name}      | {row[0]:13.3f} | {row[1]:13.3f}")


# worker を起動するコードは
# main ガードの中に書く
if __name__ == "__main__":
    main()
