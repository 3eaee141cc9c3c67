import torch
from torch import nn


class MultiHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(16, 8)
        # nn.ModuleDict: 名前 (文字列) で
        # 層を引ける辞書。中の層は登録される
        self.heads = nn.ModuleDict(
            {
                # 3 クラス分類
                "classify": nn.Linear(8, 3),
                # 回帰
                "regress": nn.Linear(8, 1),
            }
        )

    def forward(self, x, task):
        return self.heads[task](torch.relu(self.body(x)))


torch.manual_seed(0)
model = MultiHead()
x = torch.randn(5, 16)
print(model(x, "classify").shape)
print(model(x, "regress").shape)
print([name for name, _ in model.named_parameters()])
