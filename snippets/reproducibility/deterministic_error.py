import torch
from torch import nn

torch.use_deterministic_algorithms(True)

# put_ (accumulate=False) には
# 決定的な実装がない
x = torch.zeros(4)
try:
    x.put_(torch.tensor([1, 3]), torch.tensor([5.0, 6.0]))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# MaxUnpool1d も同じ
values, indices = nn.MaxPool1d(2, return_indices=True)(torch.tensor([[[1.0, 4.0, 3.0, 2.0]]]))
try:
    nn.MaxUnpool1d(2)(values, indices)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 決定的な実装のある演算は、そのまま動く
print(torch.zeros(3).index_add_(0, torch.tensor([0, 0, 2]), torch.tensor([1.0, 2.0, 3.0])))
