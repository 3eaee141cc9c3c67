import warnings

import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3  # 演算の結果なので葉ではない
y.sum().backward()

print("x.grad:", x.grad)  # 葉には勾配が入る

# 葉でないテンソルの .grad は None のままで、読むと UserWarning が出る
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("y.grad:", y.grad)

print(caught[0].category.__name__)
# 末尾の「(Triggered internally at ...)」はビルド環境のパスなので省いて表示する
print(str(caught[0].message).split(" (Triggered internally")[0])
