import torch

# torch.Tensor に整数を並べると「形状」と
# 解釈され、未初期化のテンソルができる
a = torch.Tensor(2, 3, 4)
# 中身は不定なので表示しない
print(a.shape, a.dtype)

# リストを 1 つ渡すと「データ」と解釈される
b = torch.Tensor([2, 3, 4])
# 整数を渡しても float32 になる
print(b, b.shape, b.dtype)

# 小文字の torch.tensor は常に
# データとして扱い、型はデータから推論する
c = torch.tensor([2, 3, 4])
print(c, c.shape, c.dtype)

# 整数 1 つの場合: torch.Tensor(3) は
# 長さ 3 の未初期化テンソル、
# torch.tensor(3) は 0 次元のスカラー
print(torch.Tensor(3).shape, torch.tensor(3).shape)
