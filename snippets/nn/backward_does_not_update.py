import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(4, 2), torch.randn(4, 1)

before = model.weight.detach().clone()
loss = nn.functional.mse_loss(model(x), y)
loss.backward()  # 勾配 (.grad) を計算するだけ
print("backward 後に重みが変わったか:", not torch.equal(model.weight, before))
print("勾配:", model.weight.grad)

# ここで初めて重みが更新される:
# weight -= lr * grad
optimizer.step()
print("step 後に重みが変わったか:    ", not torch.equal(model.weight, before))
print("更新量が -lr * grad と一致:", torch.allclose(model.weight - before, -0.1 * model.weight.grad))
