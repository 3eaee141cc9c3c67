import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)

# 勾配を求める葉テンソルは、インプレース演算で書き換えられない
try:
    w.add_(1.0)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# torch.no_grad() の中なら書き換えられる (オプティマイザがパラメータを更新する方法)
with torch.no_grad():
    w.add_(1.0)
print(w)

# オプティマイザの step() も同じように、勾配を記録しない状態で w をインプレースで更新する
optimizer = torch.optim.SGD([w], lr=0.5)
w.sum().backward()  # w.grad は [1., 1.]
optimizer.step()
print(w)
