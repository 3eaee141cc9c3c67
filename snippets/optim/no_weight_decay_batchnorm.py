import torch
from torch import nn

model = nn.Sequential(
    nn.Conv2d(3, 8, kernel_size=3),
    nn.BatchNorm2d(8),
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(8 * 6 * 6, 10),
)

# BatchNorm の層のパラメータだけを選ぶ
# (モジュールの型で判定する)。
# バイアスはほかと同じ扱いのまま
batchnorm_types = (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d)
bn_params = [p for m in model.modules() if isinstance(m, batchnorm_types) for p in m.parameters(recurse=False)]
bn_ids = {id(p) for p in bn_params}
other_params = [p for p in model.parameters() if id(p) not in bn_ids]

optimizer = torch.optim.SGD(
    [
        # グループに書かない設定は、
        # 下の既定値 (weight_decay=1e-4) になる
        {"params": other_params},
        # BatchNorm だけ重み減衰なし
        {"params": bn_params, "weight_decay": 0.0},
    ],
    lr=0.1,
    weight_decay=1e-4,
)
names = {id(p): n for n, p in model.named_parameters()}
for group in optimizer.param_groups:
    print(f"weight_decay={group['weight_decay']}:", [names[id(p)] for p in group["params"]])
