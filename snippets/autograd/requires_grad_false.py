import torch
from torch import nn

x = torch.tensor([1.0, 2.0], requires_grad=True)

# requires_grad_() はテンソル自身の
# フラグを書き換え、同じテンソルを返す
returned = x.requires_grad_(False)
print("同じオブジェクト:", returned is x)
print("x.requires_grad:", x.requires_grad)
print("(x * 2).requires_grad:", (x * 2).requires_grad)

# よくある使い方:
# 層のパラメータを凍結して学習させない
torch.manual_seed(0)
layer = nn.Linear(2, 2)
for p in layer.parameters():
    p.requires_grad_(False)
print("凍結した層の出力:", layer(torch.ones(1, 2)))

# 葉でないテンソルのフラグは
# 変えられない (detach() を使う)
w = torch.tensor([1.0, 2.0], requires_grad=True)
y = w * 2
try:
    y.requires_grad_(False)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
