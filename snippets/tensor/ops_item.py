import torch

# 要素が 1 つだけのテンソルから Python の数値を取り出す
total = torch.tensor([3, 4, 5]).sum()
print(total, "->", total.item(), type(total.item()))

# 形状は問わず、要素数が 1 であればよい
print(torch.tensor([[2.5]]).item())

# float32 の値は、Python の float (倍精度) に変換した値になる
print(torch.tensor(0.1).item())

# 要素が 2 つ以上あるとエラーになる
try:
    torch.tensor([1, 2, 3]).item()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# すべての要素を Python のリストにするなら tolist()
print(torch.tensor([1, 2, 3]).tolist())
