from torch.utils.data import DataLoader, Dataset, get_worker_info


class WhoLoadedMe(Dataset):
    """インデックスと一緒に、そのサンプルを読み込んだ worker の番号を返す"""

    def __len__(self):
        return 8

    def __getitem__(self, index):
        # メインプロセスで呼ばれたときは None
        info = get_worker_info()
        return index, (-1 if info is None else info.id)


def main():
    print("メインプロセスでの get_worker_info():", get_worker_info())
    for num_workers in (0, 2):
        loader = DataLoader(WhoLoadedMe(), batch_size=2, num_workers=num_workers)
        print(f"num_workers={num_workers}")
        for indices, worker_ids in loader:
            print("  インデックス", indices.tolist(), "worker", worker_ids.tolist())


# spawn 方式 (Windows・macOS の既定) では
# worker がこのファイルを読み込み直す。
# ガードがないと worker の中でも DataLoader を
# 作って worker を起動しようとして失敗する
if __name__ == "__main__":
    main()
