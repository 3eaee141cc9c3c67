import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")  # GPU がなければ CPU

torch.manual_seed(0)
model = nn.Linear(3, 2)
model.to(device)  # モジュールは代入しなくても移動する

# モデルがどのデバイスにあるかは、パラメータのデバイスで確かめる
print(next(model.parameters()).device)

# 入力もモデルと同じデバイスに置く
x = torch.randn(4, 3).to(device)
y = model(x)
print(y.shape, y.device)
