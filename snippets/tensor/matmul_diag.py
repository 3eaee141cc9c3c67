import torch

# 2 次元のテンソルを渡すと、
# 対角要素を取り出した 1 次元のテンソルを返す
m = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(torch.diag(m))
# diagonal=1: 1 つ右上の対角線
print(torch.diag(m, 1))
# 正方行列でなくてもよい
print(torch.diag(torch.tensor([[1, 2, 3], [4, 5, 6]])))

# 1 次元のテンソルを渡すと、それを対角に並べた
# 2 次元のテンソル (対角行列) を返す
print(torch.diag(torch.tensor([7, 8, 9])))

# 3 次元以上は受け付けない
try:
    torch.diag(torch.zeros(2, 2, 2))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
