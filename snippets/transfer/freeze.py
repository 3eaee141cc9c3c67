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


def count(params):
    return sum(p.numel() for p in params)


torch.manual_seed(0)
model = SmallCNN(num_classes=5)
# バックボーンのパラメータをまとめて凍結する
model.features.requires_grad_(False)
print(
    "パラメータ数: 全体",
    count(model.parameters()),
    "/ 学習するもの",
    count(p for p in model.parameters() if p.requires_grad),
)

# オプティマイザには
# 学習するパラメータだけを渡す
optimizer = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
before = {name: p.detach().clone() for name, p in model.named_parameters()}

x, y = torch.randn(8, 1, 10, 10), torch.randint(0, 5, (8,))
optimizer.zero_grad()
F.cross_entropy(model(x), y).backward()
optimizer.step()

for name, p in model.named_parameters():
    grad = None if p.grad is None else tuple(p.grad.shape)
    print(f"{name:18} requires_grad={p.requires_grad!s:5} grad={grad!s:12} 変わらない={torch.equal(p, before[name])}")
