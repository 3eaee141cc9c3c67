import pickle

import torch
from torch.utils.data import DataLoader


class Numbers(torch.utils.data.Dataset):
    def __init__(self, transform):
        self.transform = transform

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self.transform(torch.tensor(float(index)))


# モジュールの最上位で
# def した関数は pickle できる
def double(x):
    return x * 2


def main():
    # spawn 方式の worker には Dataset を
    # pickle して送る。
    # ラムダ式は pickle できない
    loader = DataLoader(Numbers(lambda x: x * 2), batch_size=2, num_workers=1, multiprocessing_context="spawn")
    try:
        next(iter(loader))
    except AttributeError as e:
        print(f"{type(e).__name__}: {e}")

    # def した関数に替えると
    # pickle できるので、
    # spawn 方式の worker にも送れる
    restored = pickle.loads(pickle.dumps(Numbers(double)))
    print("pickle して戻した Dataset の 3 番目:", restored[3])


if __name__ == "__main__":
    main()
