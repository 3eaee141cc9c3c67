import torch
from torch import nn

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
torch.manual_seed(0)

model = nn.Linear(3, 2).to(device)
# テンソルは保存したときのデバイスの情報を持つ
torch.save(model.state_dict(), "model.pt")
print("保存したデバイス:", model.weight.device)

# map_location="cpu":
# どこで保存したファイルでも CPU に読み込む
# (GPU のないマシンではこれを使う)
state = torch.load("model.pt", map_location="cpu", weights_only=True)
print('map_location="cpu"  →', {name: str(t.device) for name, t in state.items()})

# map_location=torch.device(...):
# このマシンで使うデバイスへ直接読み込む
state = torch.load("model.pt", map_location=device, weights_only=True)
print("map_location=device →", {name: str(t.device) for name, t in state.items()})

# load_state_dict はモデルのテンソルへ値を
# コピーするので、モデルはそのデバイスに残る
cpu_state = torch.load("model.pt", map_location="cpu", weights_only=True)
restored = nn.Linear(3, 2).to(device)
restored.load_state_dict(cpu_state)
print("読み込んだモデルのデバイス:", restored.weight.device, "/ 値が一致:", torch.equal(restored.weight, model.weight))
