import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(64, 3)
y = x @ torch.tensor([[1.0], [-2.0], [0.5]]) + 0.1 * torch.randn(64, 1)

print("ステップ      ", " ".join(f"{step:>5}" for step in range(0, 40, 5)))
for forget in (False, True):
    torch.manual_seed(0)
    model = nn.Linear(3, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    losses = []
    for _ in range(40):
        if not forget:
            # 前のイテレーションの勾配を消す
            optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        # 勾配は .grad に足し込まれる
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    label = "zero_grad なし" if forget else "zero_grad あり"
    print(label, " ".join(f"{v:5.3f}" for v in losses[::5]))
