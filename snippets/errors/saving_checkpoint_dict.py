import tempfile
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "checkpoint.pt"
    # モデルのほかにオプティマイザの状態や
    # エポック数もまとめて保存した
    # チェックポイント
    torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "epoch": 3}, path)

    checkpoint = torch.load(path)
    try:
        # チェックポイント全体を渡してしまった
        model.load_state_dict(checkpoint)
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")

    # 保存したときのキーでモデルの
    # state_dict を取り出して渡す
    print(model.load_state_dict(checkpoint["model"]))
    optimizer.load_state_dict(checkpoint["optimizer"])
    print("epoch:", checkpoint["epoch"])
