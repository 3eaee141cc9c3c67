import torch

# 整数 (int64) のテンソル
m = torch.tensor([[1, 2], [3, 5]])

# 整数テンソルの平均はエラーになる
try:
    m.mean()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 浮動小数点数型に変換するか、
# dtype で計算する型を指定する
print(m.float().mean())
print(torch.mean(m, dim=0, dtype=torch.float32))
print(m.float().mean(dim=1, keepdim=True))
