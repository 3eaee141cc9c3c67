import torch

x = torch.arange(6)
v = x.view(2, 3)

# ビューは元のテンソルとデータを共有する。
# ビューを書き換えると元も変わる
v[0, 0] = 100
print(x)

# 逆に、元を書き換えるとビューにも見える
x[5] = -1
print(v)

# 共有したくなければ clone() でコピーする
c = x.view(2, 3).clone()
c[0, 0] = 0
print(x[0], c[0, 0])


def same_storage(a, b):
    # 2 つのテンソルが
    # 同じメモリ領域を使っているか
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


# 形状を変える操作の結果が、
# 元 (連続なテンソル) とデータを共有するか
m = torch.zeros(1, 2, 3)
results = {
    "view": m.view(6),
    "reshape": m.reshape(6),
    "flatten": m.flatten(),
    "unflatten": m.unflatten(2, (3, 1)),
    "transpose": m.transpose(1, 2),
    "permute": m.permute(2, 0, 1),
    "mT": m.mT,
    "unsqueeze": m.unsqueeze(0),
    "squeeze": m.squeeze(0),
    "expand": m.expand(4, 2, 3),
    "repeat": m.repeat(4, 1, 1),
    "clone": m.clone(),
}
for name, r in results.items():
    print(f"{name:10s}", same_storage(m, r))
