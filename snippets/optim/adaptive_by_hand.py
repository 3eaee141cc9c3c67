import math

import torch

# 3 ステップ分の勾配 (損失 g·θ を使って与える)
grads = [0.5, -2.0, 1.0]
lr, eps = 0.1, 1e-6


def run_torch(cls, **kwargs):
    theta = torch.tensor([1.0], requires_grad=True)
    optimizer = cls([theta], lr=lr, eps=eps, **kwargs)
    for g in grads:
        optimizer.zero_grad()
        (g * theta).sum().backward()
        optimizer.step()
    return theta.item()


# Adam:
#   m ← β1·m + (1 − β1)·g
#   v ← β2·v + (1 − β2)·g²
#   θ ← θ − lr·m̂ / (√v̂ + eps)
theta, m, v, b1, b2 = 1.0, 0.0, 0.0, 0.9, 0.999
for t, g in enumerate(grads, 1):
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g**2
    # 偏りの補正
    m_hat, v_hat = m / (1 - b1**t), v / (1 - b2**t)
    theta -= lr * m_hat / (math.sqrt(v_hat) + eps)
print(f"Adam    : 手計算 {theta:.6f} / PyTorch {run_torch(torch.optim.Adam):.6f}")

# RMSprop:
#   v ← α·v + (1 − α)·g²
#   θ ← θ − lr·g / (√v + eps)
theta, v, alpha = 1.0, 0.0, 0.99
for g in grads:
    v = alpha * v + (1 - alpha) * g**2
    theta -= lr * g / (math.sqrt(v) + eps)
print(f"RMSprop : 手計算 {theta:.6f} / PyTorch {run_torch(torch.optim.RMSprop):.6f}")

# Adagrad:
#   s ← s + g²
#   θ ← θ − lr·g / (√s + eps)
theta, s = 1.0, 0.0
for g in grads:
    s = s + g**2
    theta -= lr * g / (math.sqrt(s) + eps)
print(f"Adagrad : 手計算 {theta:.6f} / PyTorch {run_torch(torch.optim.Adagrad):.6f}")

# Adadelta:
#   v ← ρ·v + (1 − ρ)·g²
#   Δ = √(u + eps) / √(v + eps)·g
#   θ ← θ − lr·Δ
#   u ← ρ·u + (1 − ρ)·Δ²
theta, v, u, rho = 1.0, 0.0, 0.0, 0.9
for g in grads:
    v = rho * v + (1 - rho) * g**2
    delta = math.sqrt(u + eps) / math.sqrt(v + eps) * g
    theta -= lr * delta
    u = rho * u + (1 - rho) * delta**2
print(f"Adadelta: 手計算 {theta:.6f} / PyTorch {run_torch(torch.optim.Adadelta):.6f}")
