from collections import OrderedDict

import torch
from torch import nn

torch.manual_seed(0)
# 番号で層を持つモデルの state_dict を、
# 名前付きの同じ構造のモデルに読み込もうとする
numbered = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
named = nn.Sequential(OrderedDict([("hidden", nn.Linear(4, 8)), ("act", nn.ReLU()), ("output", nn.Linear(8, 2))]))

try:
    # 既定は strict=True:
    # キーが 1 つでも違えばエラー
    named.load_state_dict(numbered.state_dict())
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# strict=False なら例外にはならず、
# 一致しなかったキーが戻り値で分かる
# (何も読み込まれていない)
result = named.load_state_dict(numbered.state_dict(), strict=False)
print("missing_keys:   ", result.missing_keys)
print("unexpected_keys:", result.unexpected_keys)
