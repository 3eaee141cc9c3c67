import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
y = torch.sigmoid(x)  # sigmoid は逆伝播のために出力 y を保存する
y *= 2  # インプレース演算で、保存された y を書き換えてしまう

try:
    y.sum().backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# インプレースでない演算にして、新しいテンソルを作る
y = torch.sigmoid(x)
y = y * 2
y.sum().backward()
print(x.grad)
