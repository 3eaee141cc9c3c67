import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)


# デコレータとして付けると、
# 関数の中全体が no_grad になる
@torch.no_grad()
def predict(inputs):
    return model(inputs)


inputs = torch.randn(1, 3)
print("デコレータあり:", predict(inputs))
print("デコレータなし:", model(inputs))
