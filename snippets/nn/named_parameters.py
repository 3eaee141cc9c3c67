import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(1024, 224), nn.ReLU(), nn.Linear(224, 10))

# named_parameters() は
# (名前, パラメータ) の組を返す
for name, param in model.named_parameters():
    print(f"{name:10} {tuple(param.shape)!s:12} requires_grad={param.requires_grad}")

# parameters() は名前なしでパラメータだけを返す
# (オプティマイザに渡すのはこちら)
params = list(model.parameters())
print(len(params), type(params[0]).__name__)
