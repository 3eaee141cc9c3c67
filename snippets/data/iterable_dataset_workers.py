from torch.utils.data import DataLoader, IterableDataset, get_worker_info


class CountUp(IterableDataset):
    """start から end - 1 までの整数を流す。split=True なら worker ごとに分担する"""

    def __init__(self, start, end, split):
        self.start = start
        self.end = end
        self.split = split

    def __iter__(self):
        info = get_worker_info()
        if not self.split or info is None:
            # 分担しない:
            # どの worker も全部を流してしまう
            return iter(range(self.start, self.end))
        # worker 番号から始めて
        # num_workers 個おきに流す
        # (0, 2, 4, ... と 1, 3, 5, ...)
        return iter(range(self.start + info.id, self.end, info.num_workers))


def main():
    for split in (False, True):
        loader = DataLoader(CountUp(0, 6, split=split), batch_size=2, num_workers=2)
        print(f"split={split}:", [batch.tolist() for batch in loader])


# worker を使うコードは main ガードの中で
# 実行する (「num_workers」の節を参照)
if __name__ == "__main__":
    main()
