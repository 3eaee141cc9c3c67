import torch

lr, g = 0.1, 0.5  # 学習率と勾配


def one_step(cls, weight_decay, **kwargs):
    # θ = 2.0 から 1 ステップだけ進める
    theta = torch.tensor([2.0], requires_grad=True)
    optimizer = cls([theta], lr=lr, weight_decay=weight_decay, **kwargs)
    # 勾配がちょうど g = 0.5 になる
    (g * theta).sum().backward()
    optimizer.step()
    return theta.item()


print(f"Adam  weight_decay=0  : {one_step(torch.optim.Adam, 0.0):.6f}")
print(f"Adam  weight_decay=0.1: {one_step(torch.optim.Adam, 0.1):.6f}")
print(f"AdamW weight_decay=0.1: {one_step(torch.optim.AdamW, 0.1):.6f}")
print(f"Adam(decoupled_weight_decay=True): {one_step(torch.optim.Adam, 0.1, decoupled_weight_decay=True):.6f}")

# 手計算 (Adam の 1 ステップ目の更新量は
# lr·勾配 / (|勾配| + eps))
theta, wd, eps = 2.0, 0.1, 1e-8
# Adam: wd·θ を勾配に足してから
# Adam の計算に通す
g_l2 = g + wd * theta
print(f"Adam  の手計算: {theta - lr * g_l2 / (abs(g_l2) + eps):.6f}")
# AdamW: θ を (1 − lr·wd) 倍してから、
# 勾配 g だけで Adam の更新をする
decayed = theta * (1 - lr * wd)
print(f"AdamW の手計算: {decayed - lr * g / (abs(g) + eps):.6f}")
