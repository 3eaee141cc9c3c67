from torch.utils import data


class Records(data.Dataset):
    """5 番目のサンプルだけ壊れているデータ"""

    def __len__(self):
        return 6

    def __getitem__(self, index):
        if index == 5:
            raise ValueError(f"サンプル {index} のファイルが壊れています")
        return index


def main():
    try:
        for batch in data.DataLoader(Records(), batch_size=2, num_workers=2):
            print(batch.tolist())
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")

    # num_workers=0 にすると、同じ例外が
    # メインプロセスでそのまま起きる
    # (デバッガで止められる)
    try:
        list(data.DataLoader(Records(), batch_size=2, num_workers=0))
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")


if __name__ == "__main__":
    main()
