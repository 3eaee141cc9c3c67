import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 2))
# DataParallel・DistributedDataParallel で
# 包んだモデルは、元のモデルを module という
# 名前で持つ
wrapped = nn.DataParallel(model)
state = wrapped.state_dict()
print(list(state))

try:
    nn.Sequential(nn.Linear(4, 2)).load_state_dict(state)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# キーの先頭の "module." を
# 取り除いてから読み込む
state = {k.removeprefix("module."): v for k, v in state.items()}
print(nn.Sequential(nn.Linear(4, 2)).load_state_dict(state))
