import os

from torch.utils.data import DataLoader


def main():
    # worker の数は論理 CPU の数 + 1
    # (どのマシンでも提案の上限を超える)
    loader = DataLoader(list(range(4)), batch_size=2, num_workers=(os.cpu_count() or 1) + 1)
    # 1 回目の警告は、作った時点
    # (この行より前) に出る
    print("DataLoader を作りました")
    # 2 回目の警告は、イテレーションを始めて
    # worker を起動するときに出る
    print("バッチ:", [batch.tolist() for batch in loader])


# worker を使うコードは main ガードの中で
# 実行する (「num_workers」の節を参照)
if __name__ == "__main__":
    main()
