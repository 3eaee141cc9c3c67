import torch
from torch import nn

torch.manual_seed(0)
dropout = nn.Dropout(p=0.5)
x = torch.ones(8)

# 学習モード (既定): 要素をランダムに 0 にし、
# 残りを 1/(1-p) = 2 倍する
dropout.train()
print("training =", dropout.training, dropout(x))

# 評価モード: 何もせずに入力をそのまま返す
dropout.eval()
print("training =", dropout.training, dropout(x))
