import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
inputs = torch.randn(1, 3)

# no_grad と同じく記録を止める。ビューの
# 追跡などの処理も省くぶん no_grad より軽い
with torch.inference_mode():
    out = model(inputs)

print(out)
print("requires_grad:", out.requires_grad)
print("is_inference:", out.is_inference())
# 勾配の記録を止めるだけで、
# モデルを評価モードに切り替えるわけではない
print("model.training:", model.training)


# デコレータとしても使える
@torch.inference_mode()
def predict(x):
    return model(x)


print("is_inference:", predict(inputs).is_inference())
