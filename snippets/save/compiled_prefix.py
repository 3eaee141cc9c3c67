import torch
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present


def make_model():
    return nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))


torch.manual_seed(0)
model = make_model()
# torch.compile は、元のモデルを _orig_mod
# という属性に持つ別のモジュールを返す。
# キーの形は backend によらないので、
# すぐ終わる eager を使う
compiled = torch.compile(model, backend="eager")
print(type(compiled).__name__)
state = compiled.state_dict()
print("キー:", list(state))

plain = make_model()
try:
    plain.load_state_dict(state)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 直し方 1: 保存してしまったファイルは、
# 先頭の "_orig_mod." を取り除いて読み込む
consume_prefix_in_state_dict_if_present(state, "_orig_mod.")
print(plain.load_state_dict(state))

# 直し方 2: 元のモデルの state_dict を保存する
# (コンパイルしたモデルとパラメータを共有する)
print("元のモデルのキー:", list(model.state_dict()))

# 直し方 3: model.compile() はモデルをその場で
# コンパイルするので、キーは変わらない
model.compile(backend="eager")
print("model.compile() のあとのキー:", list(model.state_dict()))
