import torch
from torch import nn

# 名前を 1 文字まちがえた呼び出し
attempts = {
    "torch.flaten": lambda: torch.flaten(torch.ones(2, 2)),
    "nn.Relu": lambda: nn.Relu(),
    "Tensor.lenght": lambda: torch.ones(2).lenght,
    "torch.cuda.is_availabe": lambda: torch.cuda.is_availabe(),
}
for name, attempt in attempts.items():
    try:
        attempt()
    except AttributeError as e:
        print(f"{name}: {type(e).__name__}: {e}")

# 正しい名前は dir() で探せる
print([name for name in dir(torch) if name.startswith("flat")])
print([name for name in dir(nn) if name.lower() == "relu"])
