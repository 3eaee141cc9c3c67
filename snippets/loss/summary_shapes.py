import torch
from torch import nn

# 表に載せた損失関数に、典型的な形状と
# データ型の入力と目標値を渡してみる
torch.manual_seed(0)
# バッチサイズ, クラス数, 埋め込みの次元
N, C, D = 4, 3, 8

# 多クラス分類の出力 (正規化前のスコア)
logits = torch.randn(N, C)
# クラス番号 (int64)
labels = torch.tensor([0, 2, 1, 2])
pred = torch.randn(N, 2)  # 回帰の出力
target = torch.randn(N, 2)  # 回帰の目標値
# 二値分類の出力 (正規化前)
bin_logit = torch.randn(N)
# 0/1 を float で
bin_target = torch.tensor([0.0, 1.0, 1.0, 0.0])
anchor, positive, negative = torch.randn(N, D), torch.randn(N, D), torch.randn(N, D)

cases = [
    ("MSELoss", nn.MSELoss(), (pred, target)),
    ("L1Loss", nn.L1Loss(), (pred, target)),
    ("HuberLoss", nn.HuberLoss(), (pred, target)),
    ("SmoothL1Loss", nn.SmoothL1Loss(), (pred, target)),
    ("CrossEntropyLoss", nn.CrossEntropyLoss(), (logits, labels)),
    ("CrossEntropyLoss(weight)", nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0, 0.5])), (logits, labels)),
    ("BCELoss", nn.BCELoss(), (torch.sigmoid(bin_logit), bin_target)),
    ("BCEWithLogitsLoss", nn.BCEWithLogitsLoss(), (bin_logit, bin_target)),
    ("TripletMarginLoss", nn.TripletMarginLoss(), (anchor, positive, negative)),
]
for name, loss_fn, args in cases:
    kinds = ", ".join(f"{tuple(a.shape)} {a.dtype}" for a in args)
    print(f"{name:25s} {kinds:45s} -> {loss_fn(*args).item():.4f}")
