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

# 段階 1: バックボーンを凍結して、
# ヘッドだけを学習する
model.features.requires_grad_(False)
optimizer = torch.optim.Adam(model.fc.parameters(), lr=1e-2)
# ... ヘッドだけの学習 ...

# 段階 2: 凍結を解き、バックボーンを
# 小さい学習率のグループとして足す
model.features.requires_grad_(True)
optimizer.add_param_group({"params": model.features.parameters(), "lr": 1e-4})
for i, group in enumerate(optimizer.param_groups):
    print(f"グループ {i}: パラメータ {len(group['params'])} 個, lr={group['lr']}, betas={group['betas']}")
