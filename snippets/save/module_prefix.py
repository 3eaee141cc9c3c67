import torch
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present


def make_model():
    return nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))


torch.manual_seed(0)
# DistributedDataParallel で包んだときも、
# キーは同じ形になる
wrapped = nn.DataParallel(make_model())
state = wrapped.state_dict()
print("包んだモデルのキー:", list(state))

model = make_model()
try:
    model.load_state_dict(state)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 直し方 1: 先頭の "module." を取り除く
# (state をその場で書き換える)
consume_prefix_in_state_dict_if_present(state, "module.")
print("取り除いたキー:", list(state))
print(model.load_state_dict(state))

# 直し方 2: 辞書内包表記で、新しい辞書を作る
state = {key.removeprefix("module."): value for key, value in wrapped.state_dict().items()}
print(model.load_state_dict(state))

# そもそも保存するときに、中のモデル
# (.module) の state_dict を保存すれば、
# 接頭辞は付かない
print("wrapped.module のキー:", list(wrapped.module.state_dict()))
