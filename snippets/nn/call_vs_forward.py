import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)


# 順伝播のたびに呼ばれるフック
# (ここでは出力の形状を表示するだけ)
def show_shape(module, inputs, output):
    print(f"  フック実行: {type(module).__name__} の出力 {tuple(output.shape)}")


handle = model.register_forward_hook(show_shape)
x = torch.randn(4, 3)

print("model(x):")
# __call__ 経由: フックが実行される
y1 = model(x)

print("model.forward(x):")
# forward を直接呼ぶとフックが
# 飛ばされる (何も表示されない)
y2 = model.forward(x)

print("結果の値は同じ:", torch.equal(y1, y2))
handle.remove()  # フックは不要になったら外す
