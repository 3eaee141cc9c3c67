import pickle
import re
import tempfile
from pathlib import Path

import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 2)


torch.manual_seed(0)
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "model.pt"
    # state_dict ではなく、
    # モデルのオブジェクトごと保存した
    torch.save(Net(), path)
    try:
        torch.load(path)
    except pickle.UnpicklingError as e:
        # 端末で太字にする制御文字を除く
        message = re.sub(r"\x1b\[\d+m", "", str(e))
        print(f"{type(e).__name__}: {message}")

    # 直し方 1 (推奨): state_dict を保存し、
    # 同じクラスのモデルを作ってから読み込む
    torch.save(Net().state_dict(), path)
    model = Net()
    print(model.load_state_dict(torch.load(path)))

    # 直し方 2: 信頼できるファイルなら、
    # 使っているクラスを許可して読み込む
    torch.save(Net(), path)
    with torch.serialization.safe_globals([Net, nn.Linear]):
        print(torch.load(path))
