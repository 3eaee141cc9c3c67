import torch
from safetensors import safe_open
from safetensors.torch import load_file, save_file
from torch import nn


def make_model():
    return nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))


torch.manual_seed(0)
model = make_model()
# 入れられるのはテンソルの辞書だけ。
# 文字列の情報は metadata に入れる
save_file(model.state_dict(), "model.safetensors", metadata={"epochs": "10"})

state = load_file("model.safetensors", device="cpu")
print({key: tuple(value.shape) for key, value in state.items()})
restored = make_model()
print(restored.load_state_dict(state))
x = torch.randn(2, 3)
print("同じ出力:", torch.equal(model(x), restored(x)))

with safe_open("model.safetensors", framework="pt") as f:
    print("metadata:", f.metadata())

try:
    save_file({"epoch": 10}, "bad.safetensors")
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
