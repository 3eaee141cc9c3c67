import torch
from torch import nn


class WithList(nn.Module):
    def __init__(self):
        super().__init__()
        # 普通の Python リスト:
        # 中の層は nn.Module に登録されない
        self.layers = [nn.Linear(4, 4) for _ in range(3)]

    def forward(self, x):
        for layer in self.layers:
            x = torch.relu(layer(x))
        return x


class WithModuleList(nn.Module):
    def __init__(self):
        super().__init__()
        # nn.ModuleList: 中の層が
        # サブモジュールとして登録される
        self.layers = nn.ModuleList([nn.Linear(4, 4) for _ in range(3)])

    def forward(self, x):
        for layer in self.layers:
            x = torch.relu(layer(x))
        return x


torch.manual_seed(0)
for model in (WithList(), WithModuleList()):
    n_params = len(list(model.parameters()))
    n_keys = len(model.state_dict())
    print(f"{type(model).__name__:15} parameters: {n_params}  state_dict のキー: {n_keys}")
# リスト版はパラメータが 0 個:
# オプティマイザに渡らず学習されず、
# 保存もされず、.to(device) でも移動しない

# オプティマイザに渡すと、
# 空のパラメータリストとしてエラーになる
try:
    torch.optim.SGD(WithList().parameters(), lr=0.1)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
