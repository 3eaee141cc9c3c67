import torch
from torch import nn


class TwoHeadNet(nn.Module):
    """共有の層の上に、分類のヘッド (3 クラス) と回帰のヘッド (1 値) を載せたモデル。"""

    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(4, 8), nn.ReLU())
        self.cls_head = nn.Linear(8, 3)
        self.reg_head = nn.Linear(8, 1)

    def forward(self, x):
        h = self.body(x)
        return self.cls_head(h), self.reg_head(h).squeeze(1)


torch.manual_seed(0)
model = TwoHeadNet()
x = torch.randn(5, 4)
# (5,) int64
y_cls = torch.tensor([0, 1, 2, 1, 0])
y_reg = torch.randn(5)  # (5,) float32

ce, mse = nn.CrossEntropyLoss(), nn.MSELoss()
cls_out, reg_out = model(x)
loss_cls = ce(cls_out, y_cls)
loss_reg = mse(reg_out, y_reg)
# 重み付きの和
total = loss_cls + 0.5 * loss_reg
print(f"分類 {loss_cls.item():.4f} + 0.5 × 回帰 {loss_reg.item():.4f} = {total.item():.4f}")

# backward() は合計に対して 1 回だけ。
# 両方のヘッドと共有の層に勾配が届く
total.backward()
for name, p in model.named_parameters():
    print(f"{name:18s} grad norm = {p.grad.norm().item():.4f}")
