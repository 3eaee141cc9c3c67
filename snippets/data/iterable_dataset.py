from torch.utils.data import DataLoader, IterableDataset


class CountUp(IterableDataset):
    """start から end - 1 までの整数を順に流すデータセット"""

    def __init__(self, start, end):
        self.start = start
        self.end = end

    def __iter__(self):
        # __getitem__ の代わりに
        # __iter__ でサンプルを 1 つずつ返す
        return iter(range(self.start, self.end))


ds = CountUp(0, 7)
loader = DataLoader(ds, batch_size=3)
for batch in loader:
    print(batch)

# インデックスで取り出すことはできない
try:
    ds[0]
except NotImplementedError as e:
    print(f"{type(e).__name__}: {e}")

# 順番は __iter__ が決めるので、
# DataLoader の shuffle は使えない
try:
    DataLoader(ds, shuffle=True)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")

# __len__ を定義していないので、
# バッチ数も事前にはわからない
try:
    len(loader)
except TypeError as e:
    print(f"{type(e).__name__}: {e}")
