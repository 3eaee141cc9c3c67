import tempfile
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "model.pt"
    torch.save(nn.Linear(4, 2).state_dict(), path)

    # GPU で保存したファイルと同じく、
    # テンソルを CUDA へ戻すように指定して読む
    try:
        state = torch.load(path, map_location="cuda")
        print("CUDA へ読み込めました:", state["weight"].device)
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")

    # map_location で、
    # いま使えるデバイスへ読み込む
    device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
    state = torch.load(path, map_location=device)
    print(state["weight"].device)
