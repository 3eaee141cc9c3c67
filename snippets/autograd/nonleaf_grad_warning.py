import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3  # 演算の結果なので葉ではない
y.sum().backward()

print("x.grad:", x.grad)  # 葉には勾配が入る

# 葉でないテンソルの .grad は None のままで、
# 読むと UserWarning が出る
print("y.grad:", y.grad)
