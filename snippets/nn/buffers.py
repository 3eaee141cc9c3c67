import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.BatchNorm1d(3))

# パラメータ: 勾配で更新される値
# (重み・バイアス、BatchNorm の weight と bias)
print("parameters:", [name for name, _ in model.named_parameters()])
# バッファ: 学習で勾配を使わずに
# 更新・保持される値 (BatchNorm の移動平均など)
print("buffers:   ", [name for name, _ in model.named_buffers()])
# state_dict にはパラメータと
# バッファの両方が入る
print("state_dict:", list(model.state_dict().keys()))
