import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

# 勾配を記録しているテンソルは、
# そのままでは NumPy に変換できない
try:
    w.numpy()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# detach() で
# 計算グラフから切り離してから変換する
print(w.detach().numpy())

# 演算の結果も勾配を記録しているので同じ
y = w * 2
print(y.requires_grad, y.detach().numpy())

# detach() の結果も w とメモリを共有している
d = w.detach().numpy()
d[0] = -1.0
print(w)
