import torch
from torch import nn


def train(compile_model):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 1))
    if compile_model:
        # モデルをその場でコンパイルする。
        # 速さが目的なら backend を省く
        # (inductor)
        model.compile(backend="aot_eager")
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(32, 8), torch.randn(32, 1)
    losses = []
    for _ in range(3):
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(round(loss.item(), 4))
    return model, losses


_, eager_losses = train(compile_model=False)
model, losses = train(compile_model=True)
print("eager の損失:", eager_losses)
print("コンパイルした損失:", losses)
print("state_dict のキー:", list(model.state_dict()))
