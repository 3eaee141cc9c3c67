import torch

m = torch.tensor([[1, 2, 3], [4, 5, 6]])  # 形状 (2, 3)

# dim を指定しないと全要素の合計 (0 次元のテンソル)
print(m.sum())
# dim=0: 行の方向に足し合わせ、列ごとの合計になる
print(torch.sum(m, dim=0))
# dim=1: 列の方向に足し合わせ、行ごとの合計になる
print(torch.sum(m, dim=1))

# keepdim=True なら、集約した次元がサイズ 1 として残る
print(m.sum(dim=1).shape)
print(m.sum(dim=1, keepdim=True).shape)
# 次元が残っていると、元のテンソルとそのままブロードキャストできる
print(m / m.sum(dim=1, keepdim=True))
