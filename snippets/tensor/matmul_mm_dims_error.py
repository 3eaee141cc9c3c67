import torch

m = torch.ones(2, 3)

# torch.mm は 2 次元のテンソル
# (行列) 同士しか受け付けない
cases = {
    "1 次元 x 1 次元": (torch.ones(3), torch.ones(3)),
    "2 次元 x 1 次元": (m, torch.ones(3)),
    "3 次元 x 2 次元": (torch.ones(4, 2, 3), torch.ones(3, 2)),
}
for name, (x, y) in cases.items():
    try:
        torch.mm(x, y)
    except RuntimeError as e:
        print(f"{name}: {type(e).__name__}: {e}")
