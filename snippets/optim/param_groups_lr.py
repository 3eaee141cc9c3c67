import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        # 特徴抽出部 (backbone) と出力層 (head)
        self.backbone = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 16), nn.ReLU())
        self.head = nn.Linear(16, 3)

    def forward(self, x):
        return self.head(self.backbone(x))


torch.manual_seed(0)
model = Classifier()
optimizer = torch.optim.SGD(
    [
        # backbone は小さい学習率
        {"params": model.backbone.parameters(), "lr": 1e-3},
        # lr を書かないグループには
        # 下の既定値が入る
        {"params": model.head.parameters()},
    ],
    lr=1e-2,
    momentum=0.9,  # すべてのグループに共通
)
for i, group in enumerate(optimizer.param_groups):
    n = sum(p.numel() for p in group["params"])
    print(f"グループ {i}: lr={group['lr']}, momentum={group['momentum']}, パラメータの要素数={n}")

# 同じパラメータを 2 つの
# グループに入れるとエラーになる
try:
    torch.optim.SGD([{"params": model.parameters()}, {"params": model.head.parameters()}], lr=1e-2)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")

# どのグループにも入れなかったパラメータは、
# エラーにならず、更新もされない
head_only = torch.optim.SGD(model.head.parameters(), lr=0.1)
w = model.backbone[0].weight.detach().clone()
model(torch.randn(4, 8)).sum().backward()
head_only.step()
print("head だけを渡したとき、backbone の重みは変わらない:", torch.equal(model.backbone[0].weight, w))
