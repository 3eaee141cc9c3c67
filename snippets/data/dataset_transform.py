import torch
from torch.utils.data import Dataset


class SquaresDataset(Dataset):
    """transform (任意の呼び出し可能オブジェクト) を受け取れるようにした版"""

    def __init__(self, n, transform=None):
        self.x = torch.arange(n, dtype=torch.float32)
        self.transform = transform

    def __len__(self):
        return len(self.x)

    def __getitem__(self, index):
        x = self.x[index]
        y = x**2
        # 入力だけに前処理をかける。
        # None なら何もしない
        if self.transform is not None:
            x = self.transform(x)
        return x, y


# transform はふつうの関数でも、
# __call__ を持つクラスでもよい
def to_vector(x):
    """スカラーを形状 (1,) のテンソルにする"""
    return x.reshape(1)


class Standardize:
    """平均を引いて標準偏差で割る"""

    def __init__(self, mean, std):
        self.mean = mean
        self.std = std

    def __call__(self, x):
        return (x - self.mean) / self.std


print(SquaresDataset(5)[4])
print(SquaresDataset(5, transform=to_vector)[4])
print(SquaresDataset(5, transform=Standardize(mean=2.0, std=2.0))[4])
