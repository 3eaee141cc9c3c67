import torch

# 形状 (2, 3)
m = torch.tensor([[1, 2, 3], [4, 5, 6]])

# dim を指定しないと全要素の合計
# (0 次元のテンソル)
print(m.sum())
# dim=0: 次元 0 (行の番号) が消える。
# 同じ列の要素どうし (1+4, 2+5, 3+6) を
# 足すので、列ごとの合計
print(torch.sum(m, dim=0))
# dim=1: 次元 1 (列の番号) が消える。
# 同じ行の要素どうし (1+2+3, 4+5+6) を
# 足すので、行ごとの合計
print(torch.sum(m, dim=1))

# keepdim=True なら、
# 集約した次元がサイズ 1 として残る
print(m.sum(dim=1).shape)
print(m.sum(dim=1, keepdim=True).shape)
# 次元が残っていると、
# 元のテンソルとそのままブロードキャストできる
print(m / m.sum(dim=1, keepdim=True))
