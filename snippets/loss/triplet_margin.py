import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
# 埋め込み: anchor・positive・negative はどれも
# (N, D) の float32。目標値は渡さない
anchor = torch.randn(3, 8)
# anchor を少しずらしたもの
positive = anchor + torch.randn(3, 8)
negative = torch.randn(3, 8)  # 無関係な点
print("anchor:", anchor.shape, anchor.dtype)

loss_fn = nn.TripletMarginLoss(margin=1.0, p=2)
loss = loss_fn(anchor, positive, negative)

# 手計算: max(d(a, p) - d(a, n) + margin, 0) を
# バッチで平均。d はユークリッド距離
d_ap = F.pairwise_distance(anchor, positive)
d_an = F.pairwise_distance(anchor, negative)
per_triplet = torch.clamp(d_ap - d_an + 1.0, min=0)
print("d(a, p):", d_ap)
print("d(a, n):", d_an)
# d(a, n) が d(a, p) より
# margin 以上大きければ 0
print("3 つ組ごと:", per_triplet)
manual = per_triplet.mean()
print("TripletMarginLoss:", loss)
print("手計算:", manual)
print("一致:", torch.allclose(loss, manual))
