import tempfile
from pathlib import Path

import torch
from torch import nn


def make_model():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


torch.manual_seed(0)
model = make_model()

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "model.pt"
    # 保存するのはモデル全体ではなく state_dict (パラメータとバッファの辞書)
    torch.save(model.state_dict(), path)

    # 読み込む側: 同じ構造のモデルを作り、state_dict を流し込む
    torch.manual_seed(1)  # わざと別の初期値で作る
    restored = make_model()
    state = torch.load(path, weights_only=True)  # テンソルと基本型だけを読み込む安全な方法
    result = restored.load_state_dict(state)
    print(result)  # キーが過不足なく一致したことを示す

x = torch.randn(3, 4)
print("出力が一致:", torch.equal(model(x), restored(x)))
