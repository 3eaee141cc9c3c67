import torch

lr, wd = 0.1, 0.5
theta = torch.tensor([2.0, -1.0], requires_grad=True)
optimizer = torch.optim.SGD([theta], lr=lr, weight_decay=wd)

# 勾配がちょうど g = [0.4, 0.4] になる損失
g = torch.tensor([0.4, 0.4])
loss = (g * theta).sum()
loss.backward()

before = theta.detach().clone()
optimizer.step()
# .grad 自体は書き換えられない
print("勾配 .grad           :", theta.grad)
print("step() 後            :", theta.detach())
# SGD の weight_decay は勾配に
# wd·θ を足してから更新する (L2 正則化と同じ)
print("θ − lr·(g + wd·θ)    :", before - lr * (g + wd * before))
