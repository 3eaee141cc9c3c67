import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
# sigmoid は逆伝播のために出力 y を保存する
y = torch.sigmoid(x)
# インプレース演算で、保存された y を
# 書き換えてしまう
y *= 2

try:
    y.sum().backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# インプレースでない演算にして、
# 新しいテンソルを作る
y = torch.sigmoid(x)
y = y * 2
y.sum().backward()
print(x.grad)
