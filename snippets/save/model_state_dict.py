import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 2))

# state_dict() は「名前 → テンソル」の辞書。
# パラメータとバッファ
# (BatchNorm の移動平均など) が入る
state = model.state_dict()
for name, tensor in state.items():
    print(f"{name:22} {tuple(tensor.shape)}")

print("パラメータの数:", len(list(model.parameters())), "/ state_dict のキーの数:", len(state))

# ファイルに保存し、
# 同じ構造で作り直したモデルに読み込む
torch.save(state, "model.pt")
torch.manual_seed(1)  # わざと別の初期値で作る
restored = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 2))
print(restored.load_state_dict(torch.load("model.pt", map_location="cpu", weights_only=True)))
print("重みが一致:", torch.equal(model[0].weight, restored[0].weight))
