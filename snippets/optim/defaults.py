import torch
from torch import nn

model = nn.Linear(2, 1)
# 実装方式の切り替え用の引数は省いて表示する
skip = {"foreach", "fused", "differentiable", "capturable", "maximize"}

for cls in [
    torch.optim.SGD,
    torch.optim.Adam,
    torch.optim.AdamW,
    torch.optim.RMSprop,
    torch.optim.Adagrad,
    torch.optim.Adadelta,
]:
    # lr も含めてすべて既定値で作る
    optimizer = cls(model.parameters())
    shown = {k: v for k, v in optimizer.defaults.items() if k not in skip}
    print(f"{cls.__name__}: {shown}")
