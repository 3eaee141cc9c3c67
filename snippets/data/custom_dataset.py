import torch
from torch.utils.data import Dataset


class SquaresDataset(Dataset):
    """x と x の 2 乗の組を返す、いちばん小さな map-style データセット"""

    def __init__(self, n):
        # データはここで用意しておく
        # (パスの一覧だけを持つことも多い)
        self.x = torch.arange(n, dtype=torch.float32)

    def __len__(self):
        # サンプルの数。DataLoader はこれを
        # 使ってインデックスを作る
        return len(self.x)

    def __getitem__(self, index):
        # index 番目のサンプルを 1 つだけ返す
        x = self.x[index]
        return x, x**2


ds = SquaresDataset(5)
print("len(ds):", len(ds))
print("ds[3]:", ds[3])

# 範囲外のインデックスは、
# 中で使っているテンソルの IndexError になる
try:
    ds[5]
except IndexError as e:
    print(f"{type(e).__name__}: {e}")
