import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.Dropout(0.5), nn.Linear(4, 1))
# 推論したいサンプルが 1 個
x = torch.randn(1, 4)
batch = torch.randn(2, 4)

with torch.no_grad():
    # 学習モード (作成直後の既定) のままだと、
    # BatchNorm が 1 個のサンプルから統計を
    # 求めようとして失敗する
    try:
        model(x)
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")

    # 2 個以上なら通るが、Dropout が毎回
    # 違う要素を 0 にするので、
    # 同じ入力でも結果が変わる
    print(model(batch).flatten(), model(batch).flatten())

    # 評価モードにすれば、Dropout は何もせず、
    # BatchNorm は学習中の移動平均を使う
    model.eval()
    print(model(batch).flatten(), model(batch).flatten())
    print(model(x).flatten())
