import pickle

import torch
from torch import nn


class TinyNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 2)

    def forward(self, x):
        return self.fc(x)


torch.manual_seed(0)
# state_dict ではなくモデルの
# オブジェクトごと保存する
torch.save(TinyNet(), "whole_model.pt")

# 既定 (weights_only=True) では、
# TinyNet などのクラスを復元しないので失敗する
try:
    torch.load("whole_model.pt", map_location="cpu", weights_only=True)
except pickle.UnpicklingError as e:
    lines = str(e).splitlines()
    print(f"{type(e).__name__}: {lines[0].split('.')[0]}.")
    print(next(line for line in lines if "Unsupported global" in line).strip())

# 読み込まずに、ファイルが
# 必要とするクラスと関数の一覧を調べる
print("許可が必要なもの:", sorted(torch.serialization.get_unsafe_globals_in_checkpoint("whole_model.pt")))

# 信頼できるクラスだけを、
# with の中でだけ許可する
with torch.serialization.safe_globals([TinyNet, nn.Linear]):
    model = torch.load("whole_model.pt", map_location="cpu", weights_only=True)
print("safe_globals の中で読めた:", model)

# add_safe_globals は、
# このプロセスの中でずっと許可する
torch.serialization.add_safe_globals([TinyNet, nn.Linear])
model = torch.load("whole_model.pt", map_location="cpu", weights_only=True)
print("add_safe_globals のあとで読めた:", type(model).__name__)
