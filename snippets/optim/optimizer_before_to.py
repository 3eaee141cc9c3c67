import torch
from torch import nn

# GPU がなければ CPU
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")

model = nn.Linear(2, 1)
# モデルを移す前にオプティマイザを作る
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
weight = model.weight

# Module.to() はパラメータをその場で
# 書き換えるので、Parameter オブジェクトは
# 同じまま。CPU でも違いが見えるように
# データ型も変える
model.to(device=device, dtype=torch.float64)
print("同じ Parameter オブジェクト:", model.weight is weight)
print("オプティマイザが持つもの   :", optimizer.param_groups[0]["params"][0] is model.weight)
print("デバイスとデータ型         :", optimizer.param_groups[0]["params"][0].device, model.weight.dtype)

x = torch.randn(4, 2, dtype=torch.float64).to(device)
before = model.weight.detach().clone()
model(x).sum().backward()
optimizer.step()
print("step() で更新される        :", not torch.equal(model.weight, before))

# ただし、状態を持つオプティマイザの
# 状態は .to() では移らない
model = nn.Linear(2, 1)
optimizer = torch.optim.Adam(model.parameters())
model(torch.randn(4, 2)).sum().backward()
# ここで exp_avg などの状態が
# float32 で作られる
optimizer.step()
model.to(dtype=torch.float64)
print("状態 exp_avg のデータ型    :", optimizer.state[model.weight]["exp_avg"].dtype)
print("パラメータのデータ型       :", model.weight.dtype)
