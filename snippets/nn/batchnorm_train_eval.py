import torch
from torch import nn

torch.manual_seed(0)
# 特徴量 1 つの BatchNorm
bn = nn.BatchNorm1d(1)
# バッチサイズ 4
x = torch.tensor([[1.0], [2.0], [3.0], [4.0]])

print("初期値:", bn.running_mean, bn.running_var)

# 学習モード: このバッチの平均・分散で
# 正規化し、移動平均を更新する
# (running_mean, running_var)
bn.train()
print("train の出力:", bn(x).detach().flatten())
print("更新後:", bn.running_mean, bn.running_var)

# 評価モード: 保存済みの移動平均で正規化する。
# 移動平均は更新されない
bn.eval()
print("eval の出力: ", bn(x).detach().flatten())
print("eval 後:", bn.running_mean, bn.running_var)
