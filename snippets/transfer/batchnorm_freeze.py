import torch
from torch import nn


class SmallCNN(nn.Module):
    def __init__(self, num_classes):
        super().__init__()
        # 特徴を取り出す部分 (バックボーン)
        self.features = nn.Sequential(
            nn.Conv2d(1, 8, 3, padding=1),
            nn.BatchNorm2d(8),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(8, 16, 3, padding=1),
            nn.BatchNorm2d(16),
            nn.ReLU(),
            nn.AdaptiveMaxPool2d(2),
            nn.Flatten(),
        )
        # 出力層 (ヘッド)
        self.fc = nn.Linear(16 * 2 * 2, num_classes)

    def forward(self, x):
        return self.fc(self.features(x))


torch.manual_seed(0)
model = SmallCNN(num_classes=5)
bn = model.features[1]  # 最初の BatchNorm2d
# 平均 1、標準偏差 2 くらいのデータ
x = torch.randn(8, 1, 10, 10) * 2 + 1

model.features.requires_grad_(False)
model.train()
before = bn.running_mean.clone()
model(x)
print("requires_grad_(False) だけ: 移動平均が変わった", not torch.equal(bn.running_mean, before))

# バックボーンだけを評価モードにする
model.features.eval()
before = bn.running_mean.clone()
model(x)
print("features.eval() のあと   : 移動平均が変わった", not torch.equal(bn.running_mean, before))

# 学習ループの先頭でよく呼ぶ。
# 子のモジュールすべてを学習モードに戻す
model.train()
print("model.train() のあと     : bn.training =", bn.training)
