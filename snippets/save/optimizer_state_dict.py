import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)

print("step 前の state:", optimizer.state_dict()["state"])

x, y = torch.randn(8, 3), torch.randn(8, 2)
optimizer.zero_grad()
nn.functional.mse_loss(model(x), y).backward()
optimizer.step()

sd = optimizer.state_dict()
print("キー:", list(sd))
# state: パラメータの番号 → そのパラメータの
# 状態 (SGD のモーメンタムならバッファ)
for index, param_state in sd["state"].items():
    print(f"state[{index}]:", {k: tuple(v.shape) for k, v in param_state.items()})
# param_groups: グループごとの設定。
# params はパラメータの番号のリスト
group = sd["param_groups"][0]
print("param_groups[0] のキー:", list(group))
print("param_groups[0]['params']:", group["params"])
print("param_groups[0] の設定:", {k: group[k] for k in ("lr", "momentum", "weight_decay", "nesterov")})
