import torch

# (バッチ, 系列長, 特徴量)
x = torch.zeros(2, 3, 4)
# (バッチ, 特徴量, 系列長)。
# 要素の並び順はそのままで連続ではなくなる
y = x.transpose(1, 2)

try:
    y.view(2, -1)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# reshape は
# 必要なときだけコピーして形状を変える
print(y.reshape(2, -1).shape)
print(y.contiguous().view(2, -1).shape)
