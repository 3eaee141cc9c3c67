import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(1000, 500), nn.ReLU(), nn.Linear(500, 10))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)


def grad_bytes():
    return sum(p.grad.nbytes for p in model.parameters() if p.grad is not None)


n = sum(p.numel() for p in model.parameters())
print(f"パラメータ: {n:,} 個、{sum(p.nbytes for p in model.parameters()):,} バイト")
print(f"backward の前の勾配: {grad_bytes():,} バイト")

model(torch.randn(8, 1000)).sum().backward()
print(f"backward の後の勾配: {grad_bytes():,} バイト")

# 既定 (set_to_none=True) では
# .grad を None にして手放す
optimizer.zero_grad()
print(f"zero_grad() の後の勾配: {grad_bytes():,} バイト (model[0].weight.grad: {model[0].weight.grad})")
