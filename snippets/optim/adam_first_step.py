import torch

# 大きさがまったく違う 4 つの勾配
g = torch.tensor([1e-3, -0.5, 10.0, -1000.0])
lr = 0.01

for name, cls in [("SGD", torch.optim.SGD), ("Adam", torch.optim.Adam)]:
    theta = torch.zeros(4, requires_grad=True)
    optimizer = cls([theta], lr=lr)
    optimizer.zero_grad()
    # θ の勾配がちょうど g になる
    (g * theta).sum().backward()
    optimizer.step()
    print(f"{name:4s} の 1 ステップ目の更新量:", theta.detach())

# Adam の最初のステップでは
# m̂ = g, v̂ = g² なので、
# 更新量は lr·g / (|g| + eps) ≈ lr·sign(g)
print("−lr·sign(g)                  :", -lr * torch.sign(g))
