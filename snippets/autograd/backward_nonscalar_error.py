import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
# 要素 3 個のテンソル (スカラーではない)
y = x**2

# 引数なしの backward() は
# スカラーの出力にしか使えない
try:
    y.backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
