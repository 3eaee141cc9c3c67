import tempfile
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
x, y = torch.randn(8, 3), torch.randn(8, 1)


def train_step(model, optimizer):
    optimizer.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()


model = nn.Linear(3, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
for _ in range(3):
    train_step(model, optimizer)

sd = optimizer.state_dict()
print("キー:", list(sd))
print("state のキー (パラメータの番号):", list(sd["state"]))
print("state[0]:", {k: tuple(v.shape) for k, v in sd["state"][0].items()}, "step =", sd["state"][0]["step"].item())
print("param_groups[0]['params']:", sd["param_groups"][0]["params"], "lr =", sd["param_groups"][0]["lr"])

with tempfile.TemporaryDirectory() as d:
    path = Path(d) / "checkpoint.pt"
    # モデルとオプティマイザの
    # state_dict をまとめて保存する
    torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict()}, path)
    checkpoint = torch.load(path, map_location="cpu", weights_only=True)

# 同じ構成で作り直してから読み込む
model2 = nn.Linear(3, 1)
optimizer2 = torch.optim.Adam(model2.parameters(), lr=0.01)
model2.load_state_dict(checkpoint["model"])
optimizer2.load_state_dict(checkpoint["optimizer"])

# 比較用: モデルだけ読み込み、
# オプティマイザは新しく作ったもの
model3 = nn.Linear(3, 1)
model3.load_state_dict(checkpoint["model"])
optimizer3 = torch.optim.Adam(model3.parameters(), lr=0.01)

for m, o in [(model, optimizer), (model2, optimizer2), (model3, optimizer3)]:
    train_step(m, o)
print("オプティマイザも復元 → 続きと一致  :", torch.equal(model.weight, model2.weight))
print("モデルだけ復元       → 続きと一致  :", torch.equal(model.weight, model3.weight))
