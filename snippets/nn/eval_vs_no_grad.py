import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x = torch.randn(2, 3)

# eval() は Dropout/BatchNorm の動作を
# 切り替えるだけで、勾配の記録は止めない
model.eval()
print("eval() のみ:        ", model(x).requires_grad)

# 勾配を記録しないのは torch.no_grad() の役目
with torch.no_grad():
    print("eval() + no_grad:   ", model(x).requires_grad)

# 推論だけなら torch.inference_mode() も
# 使える (no_grad よりさらに軽い)
with torch.inference_mode():
    y = model(x)
print("inference_mode:     ", y.requires_grad, y.is_inference())

# eval() で切り替えたモードは、
# train() を呼ぶまで続く
print("model.training:", model.training)
model.train()
print("train() の後:", model.training)
