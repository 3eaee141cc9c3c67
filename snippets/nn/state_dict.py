import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(1024, 224), nn.ReLU(), nn.Linear(224, 10))

# state_dict() は「名前 → テンソル」の辞書
# (OrderedDict)
state = model.state_dict()
print(type(state).__name__)
for key, value in state.items():
    print(f"{key:10} {tuple(value.shape)}")
# ReLU はパラメータを持たないので、
# 番号 1 のキーはない
