import torch


# 1 次元の二次関数 f(θ) = (θ − 3)² を
# θ = 0 から最小化する (最小値は θ = 3)
def run(steps=8, **kwargs):
    theta = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([theta], lr=0.1, **kwargs)
    history = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = (theta - 3) ** 2
        loss.backward()
        optimizer.step()
        history.append(round(theta.item(), 3))
    return theta, optimizer, history


for name, kwargs in [
    ("SGD", {}),
    ("momentum=0.9", {"momentum": 0.9}),
    ("nesterov", {"momentum": 0.9, "nesterov": True}),
]:
    print(f"{name:13s}", run(**kwargs)[2])

# モーメンタムの更新式を手で書いて確かめる
# (PyTorch の SGD の式)
#   b ← μ·b + g (最初のステップだけ b ← g)
#   nesterov=False: θ ← θ − lr·b
#   nesterov=True : θ ← θ − lr·(g + μ·b)
for nesterov in (False, True):
    lr, mu, theta, b = 0.1, 0.9, 0.0, None
    for _ in range(8):
        g = 2 * (theta - 3)  # f(θ) の勾配
        b = g if b is None else mu * b + g
        theta -= lr * (g + mu * b if nesterov else b)
    torch_theta, optimizer, _ = run(momentum=0.9, nesterov=nesterov)
    buf = optimizer.state[torch_theta]["momentum_buffer"]
    print(f"nesterov={nesterov}: 手計算 θ={theta:.4f}, b={b:.4f}", end=" / ")
    print(f"PyTorch θ={torch_theta.item():.4f}, b={buf.item():.4f}")
