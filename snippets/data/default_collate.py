import torch
from torch.utils.data import DataLoader

# サンプルが (テンソル, int) のタプルの場合
pairs = [(torch.full((3,), float(i)), i % 2) for i in range(4)]
batch = next(iter(DataLoader(pairs, batch_size=4)))
# タプルはリストとして返る
print("バッチの型:", type(batch).__name__, "長さ:", len(batch))
x, y = batch
# 形状 (3,) のテンソル 4 個 → (4, 3)
print("x:", tuple(x.shape))
# Python の int は int64 のテンソルになる
print("y:", y, y.dtype)

# サンプルが辞書の場合: キーはそのままで、
# 値がそれぞれバッチになる
records = [{"image": torch.zeros(1, 2, 2), "score": 0.5 * i, "name": f"img{i}"} for i in range(3)]
batch = next(iter(DataLoader(records, batch_size=3)))
print("辞書のキー:", list(batch))
# 先頭にバッチの次元が増える
print("image:", tuple(batch["image"].shape))
# Python の float は float64 のテンソルになる
print("score:", batch["score"])
# 文字列はリストのまま
print("name:", batch["name"])
