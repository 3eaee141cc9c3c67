import torch

w = torch.tensor([1.0, -1.0], requires_grad=True)
loss = (w**2).sum()
loss.backward()

# 手で書いたパラメータの更新
# (勾配を記録したまま)
try:
    w -= 0.1 * w.grad
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 更新は勾配の記録を止めて行う
# (オプティマイザの step も同じことをしている)
with torch.no_grad():
    w -= 0.1 * w.grad
print(w)
