import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)

with torch.no_grad():
    # このブロックの中では演算が記録されない
    print("ブロック内 is_grad_enabled:", torch.is_grad_enabled())
    y = x * 2

print("ブロック外 is_grad_enabled:", torch.is_grad_enabled())
print("y:", y)
print("y.requires_grad:", y.requires_grad, " y.grad_fn:", y.grad_fn)
# x 自体の設定は変わらない
print("x.requires_grad:", x.requires_grad)
