import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)

# requires_grad=True の葉テンソルは
# インプレース演算で書き換えられない
try:
    w.sub_(0.1)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 手で更新するときは no_grad の中で行う
# (オプティマイザも内部でこうしている)
loss = (w**2).sum()
loss.backward()
with torch.no_grad():
    w -= 0.1 * w.grad
print("w:", w)
print("w.is_leaf:", w.is_leaf)
