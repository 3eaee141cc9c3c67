import torch
import torch.nn.functional as F
from torch import nn

# 7 セグメント表示の数字 (a 上, b 右上,
# c 右下, d 下, e 左下, f 左上, g 中央) を
# 7×4 の画素に描く
SEGMENTS = ["abcdef", "bc", "abdeg", "abcdg", "bcfg", "acdfg", "acdefg", "abc", "abcdefg", "abcdfg"]
STROKES = {
    "a": (0, slice(0, 4)),
    "b": (slice(0, 4), 3),
    "c": (slice(3, 7), 3),
    "d": (6, slice(0, 4)),
    "e": (slice(3, 7), 0),
    "f": (slice(0, 4), 0),
    "g": (3, slice(0, 4)),
}


def make_digits(labels, noise=0.3):
    """数字を 10×10 の画像のランダムな位置に描き、雑音を足す。形状は (N, 1, 10, 10)"""
    images = torch.zeros(len(labels), 1, 10, 10)
    for image, label in zip(images, labels.tolist(), strict=True):
        top, left = torch.randint(0, 4, ()).item(), torch.randint(0, 7, ()).item()
        for s in SEGMENTS[label]:
            image[0, top : top + 7, left : left + 4][STROKES[s]] = 1.0
    return images + noise * torch.randn_like(images)


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


def train(model, param_groups, x, y, epochs):
    optimizer = torch.optim.Adam(param_groups)
    for _ in range(epochs):
        model.train()
        if not any(p.requires_grad for p in model.features.parameters()):
            # 凍結したバックボーンは
            # BatchNorm の移動平均も更新しない
            model.features.eval()
        for idx in torch.randperm(len(x)).split(32):
            optimizer.zero_grad()
            F.cross_entropy(model(x[idx]), y[idx]).backward()
            optimizer.step()


@torch.no_grad()
def accuracy(model, x, y):
    model.eval()
    return (model(x).argmax(dim=1) == y).float().mean().item()


torch.manual_seed(0)
# 事前学習: 数字 0〜4 の 5 クラス、
# 学習用 600 枚
y_pre = torch.randint(0, 5, (600,))
x_pre = make_digits(y_pre)
pretrained = SmallCNN(num_classes=5)
train(pretrained, [{"params": pretrained.parameters(), "lr": 1e-2}], x_pre, y_pre, epochs=10)
y_test = torch.randint(0, 5, (500,))
print(f"事前学習 (0〜4): テストの正解率 {accuracy(pretrained, make_digits(y_test), y_test):.3f}")

# 新しい課題: 数字 5〜9 の 5 クラス
# (ラベルは 0〜4 に付け直す)。
# 学習用は 1 クラス 10 枚だけ
y_new = torch.arange(5).repeat(10)
x_new = make_digits(y_new + 5)
y_new_test = torch.randint(0, 5, (500,))
x_new_test = make_digits(y_new_test + 5)


def from_pretrained():
    model = SmallCNN(num_classes=5)
    model.load_state_dict(pretrained.state_dict())
    # ヘッドを新しい課題用に取り替える
    model.fc = nn.Linear(model.fc.in_features, 5)
    return model


# 比べる相手: 事前学習なし
scratch = SmallCNN(num_classes=5)
train(scratch, [{"params": scratch.parameters(), "lr": 1e-2}], x_new, y_new, epochs=30)

# バックボーンを凍結し、ヘッドだけを学習する
frozen = from_pretrained()
frozen.features.requires_grad_(False)
train(frozen, [{"params": frozen.fc.parameters(), "lr": 1e-2}], x_new, y_new, epochs=30)

# 全体を学習する。
# バックボーンの学習率はヘッドの 1/10
finetuned = from_pretrained()
groups = [
    {"params": finetuned.features.parameters(), "lr": 1e-3},
    {"params": finetuned.fc.parameters(), "lr": 1e-2},
]
train(finetuned, groups, x_new, y_new, epochs=30)

print("新しい課題 (5〜9、学習用 50 枚) のテストの正解率:")
models = {"事前学習なし": scratch, "バックボーンを凍結": frozen, "全体をファインチューニング": finetuned}
for name, model in models.items():
    print(f"  {name}: {accuracy(model, x_new_test, y_new_test):.3f}")
