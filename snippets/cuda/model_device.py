import torch
from torch import nn

# アクセラレータ (CUDA の GPU など) が
# 使えればそれを、なければ CPU を使う
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")

torch.manual_seed(0)
model = nn.Linear(3, 2)
# モジュールは代入しなくても移動する
model.to(device)

# モデルがどのデバイスにあるかは、
# パラメータのデバイスで確かめる
print(next(model.parameters()).device)

# 入力もモデルと同じデバイスに置く
x = torch.randn(4, 3).to(device)
y = model(x)
print(y.shape, y.device)
