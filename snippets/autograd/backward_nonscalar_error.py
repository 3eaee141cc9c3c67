import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x**2  # 要素 3 個のテンソル (スカラーではない)

# 引数なしの backward() はスカラーの出力にしか使えない
try:
    y.backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
