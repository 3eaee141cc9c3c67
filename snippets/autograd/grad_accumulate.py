import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

# 同じ計算で backward を 3 回。
# d(Σx²)/dx = 2x が足し込まれていく
for i in range(3):
    loss = (x**2).sum()  # 毎回グラフを作り直す
    loss.backward()
    print(f"{i + 1} 回目:", x.grad)

# リセット方法 1: None にする
# (次の backward で新しく作られる)
x.grad = None
(x**2).sum().backward()
print("None にしてから:", x.grad)

# リセット方法 2: 0 で埋める (インプレース演算)
x.grad.zero_()
print("zero_() の後:", x.grad)
