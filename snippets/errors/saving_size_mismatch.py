import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self, num_classes):
        super().__init__()
        self.body = nn.Linear(8, 4)
        self.head = nn.Linear(4, num_classes)


torch.manual_seed(0)
# 10 クラスで学習した重み
pretrained = Classifier(num_classes=10).state_dict()
# 5 クラスの問題に使いたい
model = Classifier(num_classes=5)

for strict in (True, False):
    try:
        model.load_state_dict(pretrained, strict=strict)
    except RuntimeError as e:
        print(f"strict={strict}: {type(e).__name__}: {e}")

# 形状の合わない head の重みを除き、
# 残りだけを strict=False で読み込む
body_only = {k: v for k, v in pretrained.items() if not k.startswith("head.")}
print(model.load_state_dict(body_only, strict=False))
