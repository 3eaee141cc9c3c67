import torch
import torch.nn.functional as F
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
optimizer = torch.optim.SGD(
    [
        # バックボーンは小さい学習率
        {"params": model.features.parameters(), "lr": 1e-3},
        # lr を書かないグループは
        # キーワード引数の lr
        {"params": model.fc.parameters()},
    ],
    lr=1e-2,
)
for i, group in enumerate(optimizer.param_groups):
    print(f"グループ {i}: パラメータ {len(group['params'])} 個, lr={group['lr']}")

x, y = torch.randn(8, 1, 10, 10), torch.randint(0, 5, (8,))
optimizer.zero_grad()
F.cross_entropy(model(x), y).backward()
conv, fc = model.features[0].weight, model.fc.weight
conv_before, fc_before = conv.detach().clone(), fc.detach().clone()
optimizer.step()

# SGD (モーメンタムなし) の更新は
# パラメータ -= lr × 勾配
print("features.0.weight の更新 = 0.001 × 勾配:", torch.allclose(conv, conv_before - 1e-3 * conv.grad))
print("fc.weight の更新 = 0.01 × 勾配        :", torch.allclose(fc, fc_before - 1e-2 * fc.grad))
