import torch
from torch import nn


# nn.Module を継承して、
# ネットワークを 1 つのクラスとして定義する
class SimpleNN(nn.Module):
    def __init__(self):
        # 最初に親クラスの初期化を呼ぶ
        # (層の登録に必要)
        super().__init__()
        # 学習するパラメータを持つ層は
        # __init__ で属性として作る。
        # 入力 1024 → 隠れ層 224
        self.hidden = nn.Linear(1024, 224)
        # 隠れ層 224 → 出力 10 (クラス数)
        self.output = nn.Linear(224, 10)

    def forward(self, x):
        # 順伝播:
        # 入力がどの層をどの順に通るかを書く
        x = torch.relu(self.hidden(x))
        return self.output(x)


torch.manual_seed(0)
model = SimpleNN()
# 属性として登録した層が、登録順に表示される
print(model)

# バッチサイズ 8、特徴量 1024
x = torch.randn(8, 1024)
# model.forward(x) ではなく model(x) と呼ぶ
y = model(x)
print(y.shape)
