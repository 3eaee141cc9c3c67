import torch
from torch.utils.data import DataLoader


class Squares(torch.utils.data.Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        x = torch.tensor(float(index))
        # return を書き忘れた。タプルを
        # 作るだけで、戻り値は None になる
        x, x**2


class FixedSquares(Squares):
    def __getitem__(self, index):
        x = torch.tensor(float(index))
        return x, x**2


try:
    next(iter(DataLoader(Squares(), batch_size=2)))
except TypeError as e:
    print(f"{type(e).__name__}: {e}")

print(next(iter(DataLoader(FixedSquares(), batch_size=4))))
