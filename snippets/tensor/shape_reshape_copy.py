import torch


def same_storage(a, b):
    # 2 つのテンソルが
    # 同じメモリ領域を使っているか
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


x = torch.arange(6).reshape(2, 3)

# 連続なテンソルの
# reshape はビュー (コピーしない)
r1 = x.reshape(3, 2)
print("連続から reshape:", same_storage(x, r1))

# 転置したテンソルの reshape はコピーになる
r2 = x.T.reshape(6)
print("転置から reshape:", same_storage(x, r2))
# flatten も同じ
print("転置から flatten:", same_storage(x, x.T.flatten()))

# コピーなので、元のテンソルを書き換えても
# r2 は変わらない (r1 は変わる)
x[0, 0] = 100
print(r1)
print(r2)
