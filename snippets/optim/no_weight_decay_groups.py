import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(2, 4, kernel_size=3)
        self.bn = nn.BatchNorm1d(4)
        self.fc = nn.Linear(4, 8)
        self.norm = nn.LayerNorm(8)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        x = torch.relu(self.bn(self.conv(x))).mean(dim=2)
        return self.head(self.norm(self.fc(x)))


model = Net()

# 1 次元のパラメータ (バイアスと正規化層の
# weight / bias) は重み減衰なし、
# それ以外 (重み行列・畳み込みの重み) はあり
decay, no_decay = [], []
for name, p in model.named_parameters():
    if not p.requires_grad:
        continue
    (no_decay if p.ndim <= 1 else decay).append((name, p))

print("重み減衰あり:", [n for n, _ in decay])
print("重み減衰なし:", [n for n, _ in no_decay])

optimizer = torch.optim.AdamW(
    [
        {"params": [p for _, p in decay], "weight_decay": 0.05},
        {"params": [p for _, p in no_decay], "weight_decay": 0.0},
    ],
    lr=1e-3,
)
for group in optimizer.param_groups:
    n = sum(p.numel() for p in group["params"])
    print(f"weight_decay={group['weight_decay']}: {len(group['params'])} 個, {n} 要素")

# 勾配を 0 にして 1 ステップ進めると、
# 重み減衰の効果だけが見える
for p in model.parameters():
    p.grad = torch.zeros_like(p)
fc_before = model.fc.weight.detach().clone()
optimizer.step()
print(f"fc.weight の倍率: {(model.fc.weight / fc_before).mean().item():.5f}  (1 − lr·wd = {1 - 1e-3 * 0.05:.5f})")
# 重み減衰なしのグループは 1.0 のまま
print("norm.weight:", model.norm.weight.detach())

# model.parameters() をそのまま渡すと、
# 正規化層のパラメータにも同じ重み減衰がかかる
plain = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=0.05)
print("まとめて渡した場合:", len(plain.param_groups), "グループ, weight_decay =", plain.param_groups[0]["weight_decay"])
