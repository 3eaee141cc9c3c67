import torch
from torch import nn


def train(zero_grad_first: bool) -> nn.Linear:
    torch.manual_seed(0)
    model = nn.Linear(3, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(8, 3), torch.randn(8, 1)
    loss_fn = nn.MSELoss()
    for _ in range(5):
        # zero_grad → backward → step
        if zero_grad_first:
            opt.zero_grad()
            loss_fn(model(x), y).backward()
            opt.step()
        else:  # backward → step → zero_grad
            loss_fn(model(x), y).backward()
            opt.step()
            opt.zero_grad()
    return model


a = train(zero_grad_first=True)
b = train(zero_grad_first=False)
print("zero_grad が先頭:", a.weight.data)
print("zero_grad が末尾:", b.weight.data)
print("同じパラメータになる:", torch.equal(a.weight, b.weight), torch.equal(a.bias, b.bias))
# 違いはループを抜けた後に
# 勾配が残っているかどうかだけ
print("ループ後の grad (先頭):", a.weight.grad)
print("ループ後の grad (末尾):", b.weight.grad)
