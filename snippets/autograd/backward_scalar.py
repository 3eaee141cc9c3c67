import torch

torch.manual_seed(0)
x = torch.randn(2, 2, requires_grad=True)

y = x + 2
z = y * y * 3
# 要素 4 個の平均なので、
# スカラー (0 次元テンソル) になる
out = z.mean()

# 逆伝播前の x.grad は None
print("backward 前:", x.grad)

# out を x で微分した値が x.grad に入る
out.backward()
print("backward 後:")
print(x.grad)

# 手計算: out = (1/4) Σ 3(x+2)² なので
# d out/dx = 6(x+2)/4 = 1.5(x+2)
expected = 1.5 * (x.detach() + 2)
print("1.5 * (x + 2):")
print(expected)
print("一致:", torch.allclose(x.grad, expected))
