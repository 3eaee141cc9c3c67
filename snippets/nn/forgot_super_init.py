from torch import nn


# super().__init__() を呼び忘れたモジュール
class Broken(nn.Module):
    def __init__(self):
        # 親クラスの初期化前に層を代入している
        self.fc = nn.Linear(4, 2)

    def forward(self, x):
        return self.fc(x)


try:
    Broken()
except AttributeError as e:
    print(f"{type(e).__name__}: {e}")
