import torch
from torch import nn

model = nn.Linear(2, 2)
names = ["Adam", "AdamW", "Adamax", "NAdam", "RAdam", "SGD", "RMSprop", "Adagrad", "Adadelta"]
for name in names:
    optimizer = getattr(torch.optim, name)(model.parameters())
    d = optimizer.defaults
    print(f"{name:9s} betas={d.get('betas', '(なし)')!s:12s} amsgrad={d.get('amsgrad', '(なし)')}")
