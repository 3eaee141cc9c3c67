import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
a = x * 2
b = a * a  # 逆伝播のために a の値が保存される

a.add_(1)  # 保存された a をインプレース演算で書き換えてしまう
try:
    b.sum().backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# インプレースでない演算で新しいテンソルを作れば問題ない
a = x * 2
b = a * a
a = a + 1
b.sum().backward()
print("x.grad:", x.grad)  # d(Σ(2x)²)/dx = 8x
