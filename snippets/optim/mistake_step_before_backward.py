import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(8, 2), torch.randn(8, 1)
w0 = model.weight.detach().clone()

# 誤り: step() を backward() より前に呼んでいる
for i in range(3):
    # 既定 (set_to_none=True) で
    # .grad は None になる
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    print(f"イテレーション {i}: step() 時点の .grad = {model.weight.grad}, 損失 {loss.item():.4f}")
    # .grad が None のパラメータは飛ばされる
    optimizer.step()
    loss.backward()

print("重みは最初のまま:", torch.equal(model.weight, w0))
