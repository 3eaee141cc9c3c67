import torch

# (バッチ, クラス) の 2 次元
logits = torch.zeros(4, 3)

# 画像用のコードから dim=2 を持ってきた
try:
    torch.softmax(logits, dim=2)
except IndexError as e:
    print(f"{type(e).__name__}: {e}")

# 最後の次元は dim=-1 と書くと、
# 次元数によらず指定できる
print(torch.softmax(logits, dim=-1).sum(dim=-1))
