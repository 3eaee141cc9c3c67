import torch

# torch.Tensor にテンソルを渡すと、
# コピーではなく同じデータを指す別名が返る
src = torch.tensor([1, 2, 3])  # int64
alias = torch.Tensor(src)
# float32 にはならず、元の int64 のまま
print(alias.dtype)

alias[0] = 100
# 別名経由の書き換えが元のテンソルにも見える
print(src)

# 独立したコピーが欲しいときは clone() を使う
copy = src.clone()
copy[1] = -1
print(src, copy)
