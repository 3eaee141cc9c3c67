import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(1, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.tensor([[1.0]]), torch.tensor([[2.0]])

for forget in (True, False):
    model.weight.grad = None
    grads = []
    for _ in range(3):
        if not forget:
            optimizer.zero_grad()  # 前のイテレーションの勾配を消す
        loss = nn.MSELoss()(model(x), y)
        loss.backward()  # 勾配は .grad に足し込まれる
        grads.append(round(model.weight.grad.item(), 4))
    print("zero_grad なし:" if forget else "zero_grad あり:", grads)
