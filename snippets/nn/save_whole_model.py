import pickle
import tempfile
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 2))

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "whole_model.pt"
    torch.save(model, path)  # state_dict ではなくモデルのオブジェクトごと保存 (推奨しない)
    try:
        torch.load(path)  # 既定の weights_only=True では、クラスのオブジェクトを復元しない
    except pickle.UnpicklingError as e:
        message = str(e)
        print(f"{type(e).__name__}: {message.split('.')[0]}.")
        # 長いメッセージのうち、原因を示す行の要点だけを表示する
        detail = next(line for line in message.splitlines() if "Unsupported global" in line)
        print(detail.strip().split(" was not")[0])
