import torch
from torch import nn


class SequenceClassifier(nn.Module):
    def __init__(self, n_features, hidden_size, n_classes):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden_size, batch_first=True)
        self.head = nn.Linear(hidden_size, n_classes)

    def forward(self, x):
        # h_n: (層数, バッチ, hidden_size)
        _, (h_n, _) = self.lstm(x)
        # 最終層の、最終時刻の隠れ状態:
        # (バッチ, hidden_size)
        last = h_n[-1]
        # (バッチ, n_classes) のロジット
        return self.head(last)


torch.manual_seed(0)
model = SequenceClassifier(n_features=5, hidden_size=16, n_classes=3)
print(model)
# バッチ 4、系列長 10、特徴量 5
x = torch.randn(4, 10, 5)
logits = model(x)
print(logits.shape)
# 予測クラス (未学習なので値に意味はない)
print(logits.argmax(dim=1))
