import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

# gradient に y と同じ形状のテンソルを渡すと、
# 非スカラーでも backward できる
y = x**2
y.backward(gradient=torch.ones_like(y))
print("ones_like を渡す:", x.grad)

# これは y.sum().backward() と同じ結果になる
x.grad = None
(x**2).sum().backward()
print("sum() してから  :", x.grad)

# 重み v を渡すと Σ v_i · dy_i/dx
# (ベクトル・ヤコビ積) が求まる
x.grad = None
y = x**2
v = torch.tensor([1.0, 0.1, 0.01])
y.backward(gradient=v)
print("v を渡す        :", x.grad)  # v * 2x
