import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
a = x * 2
b = a * a  # 逆伝播のために a の値が保存される

# 保存された a をインプレース演算で
# 書き換えてしまう
a.add_(1)
try:
    b.sum().backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# インプレースでない演算で
# 新しいテンソルを作れば問題ない
a = x * 2
b = a * a
a = a + 1
b.sum().backward()
print("x.grad:", x.grad)  # d(Σ(2x)²)/dx = 8x
