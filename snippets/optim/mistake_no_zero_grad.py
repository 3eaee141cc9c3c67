import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(4, 2), torch.randn(4, 1)

grads = []
for _ in range(3):
    # optimizer.zero_grad() を書き忘れたループ
    # (説明のため step() も省き、
    # 同じパラメータで比べる)
    nn.functional.mse_loss(model(x), y).backward()
    grads.append(model.weight.grad.clone())

for i, g in enumerate(grads, 1):
    print(f"{i} 回目の backward 後の .grad:", g)
print("2 回目 = 1 回目 × 2:", torch.allclose(grads[1], 2 * grads[0]))
print("3 回目 = 1 回目 × 3:", torch.allclose(grads[2], 3 * grads[0]))
