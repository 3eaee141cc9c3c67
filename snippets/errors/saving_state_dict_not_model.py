import tempfile
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "model.pt"
    torch.save(nn.Linear(4, 2).state_dict(), path)

    # 読み込んだのはモデルではなく、
    # テンソルの辞書
    model = torch.load(path)
    print(type(model).__name__, list(model))
    try:
        model.eval()
    except AttributeError as e:
        print(f"{type(e).__name__}: {e}")

    # 同じ構造のモデルを作り、
    # load_state_dict で読み込む
    model = nn.Linear(4, 2)
    model.load_state_dict(torch.load(path))
    print(model.eval())
