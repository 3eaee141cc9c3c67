from collections import OrderedDict

import torch
from torch import nn

torch.manual_seed(0)

# 層を並べるだけのモデルは nn.Sequential で
# 書ける (forward を書かなくてよい)
model = nn.Sequential(nn.Linear(1024, 224), nn.ReLU(), nn.Linear(224, 10))
print(model)
print(model[0])  # 番号で層を取り出せる

# OrderedDict を渡すと、層に名前が付く
named = nn.Sequential(
    OrderedDict(
        [
            ("hidden", nn.Linear(1024, 224)),
            ("act", nn.ReLU()),
            ("output", nn.Linear(224, 10)),
        ]
    )
)
print(named)
print(named.hidden)  # 名前で取り出せる
print(named(torch.randn(8, 1024)).shape)
