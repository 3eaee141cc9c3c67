import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
# パラメータから計算したので勾配を記録している
pred = model(torch.ones(3, 2))

try:
    pred.numpy()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# detach() で
# 計算グラフから切り離してから変換する
print(pred.detach().numpy().ravel())
# 推論だけなら、
# 最初から勾配の記録を止めておいてもよい
with torch.no_grad():
    print(model(torch.ones(3, 2)).numpy().ravel())
