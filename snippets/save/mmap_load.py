import torch
from torch import nn


def make_model():
    return nn.Sequential(nn.Linear(1024, 1024), nn.ReLU(), nn.Linear(1024, 10))


torch.manual_seed(0)
torch.save(make_model().state_dict(), "model.pt")

# mmap=True: テンソルの中身をメモリに読まず、
# ファイルを参照したまま使う
# (使う部分だけが読まれる)
state = torch.load("model.pt", mmap=True, weights_only=True)
print("0.weight:", tuple(state["0.weight"].shape), state["0.weight"].device)

# meta デバイスでモデルを作ると、
# パラメータのメモリを確保しない
with torch.device("meta"):
    model = make_model()
print("作ったモデル:", model[0].weight.device)

# assign=True: コピーせずに、
# 読み込んだテンソルをパラメータにする
model.load_state_dict(state, assign=True)
print("読み込んだモデル:", model[0].weight.device)
print("同じテンソル:", model[0].weight.data_ptr() == state["0.weight"].data_ptr())
