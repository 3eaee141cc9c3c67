import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)

# backward を呼ぶと、
# 逆伝播に使った中間の値は解放される
loss = (x * x).sum()
loss.backward()
try:
    loss.backward()  # 同じグラフで 2 回目
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# retain_graph=True を付けるとグラフが残り、
# もう一度 backward できる
x.grad = None
loss = (x * x).sum()
loss.backward(retain_graph=True)
loss.backward()
# 2x が 2 回分足し込まれる
print("x.grad:", x.grad)
