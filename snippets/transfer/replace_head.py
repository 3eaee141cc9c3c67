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
# 事前学習済みの重みの代わりに、
# 5 クラスの SmallCNN の state_dict を使う
# (仕組みを見るだけなので学習はしない)
pretrained_state = SmallCNN(num_classes=5).state_dict()

# 10 クラス用に作ったモデルへそのまま
# 読み込むと、ヘッドの形状が合わずに失敗する
try:
    SmallCNN(num_classes=10).load_state_dict(pretrained_state)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 事前学習と同じ形で作って読み込み、
# そのあとでヘッドを取り替える
model = SmallCNN(num_classes=5)
print(model.load_state_dict(pretrained_state))
print("取り替える前:", model.fc)
model.fc = nn.Linear(model.fc.in_features, 10)
print("取り替えた後:", model.fc)

same = all(torch.equal(v, pretrained_state[f"features.{k}"]) for k, v in model.features.state_dict().items())
print("バックボーンは読み込んだ重みのまま:", same)
print("出力の形状:", tuple(model(torch.randn(2, 1, 10, 10)).shape))
