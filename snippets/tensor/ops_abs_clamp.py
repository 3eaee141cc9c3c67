import torch

x = torch.tensor([-3.5, -1.0, 0.0, 2.0, 6.0])

# 絶対値
print(torch.abs(x))

# clamp: min 未満は min に、
# max より大きい値は max に置き換える
print(torch.clamp(x, min=-1.5, max=3.0))
# 片側だけの指定もできる。
# 負の値を 0 にする
print(torch.clamp(x, min=0.0))
# 1 より大きい値を 1 にする
print(torch.clamp(x, max=1.0))

# min と max のどちらも指定しないとエラーになる
try:
    torch.clamp(x)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
