import torch

torch.manual_seed(0)
# 小さな値で初期化したつもりが、* 0.01 の結果
# (葉テンソルではない) を w にしている
w = torch.randn(3, requires_grad=True) * 0.01
(w * 2).sum().backward()
print(w.is_leaf, w.grad)

# 値を作ってから requires_grad_() を付ければ、
# w が葉テンソルになる
w = (torch.randn(3) * 0.01).requires_grad_()
(w * 2).sum().backward()
print(w.is_leaf, w.grad)
