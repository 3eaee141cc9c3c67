import torch

x = torch.tensor([1, 2, 3])  # 形状 (3,)

# torch.unqueeze という関数は存在しない
try:
    torch.unqueeze(x, 0)
except AttributeError as e:
    print(f"{type(e).__name__}: {e}")

# 正しくは torch.unsqueeze。指定した位置にサイズ 1 の次元を差し込む
print(torch.unsqueeze(x, 0), torch.unsqueeze(x, 0).shape)
print(x.unsqueeze(1).shape)
print(x.unsqueeze(-1).shape)

# 次元が増えるだけで、要素の数は変わらない
print(x.numel(), x.unsqueeze(0).numel())
