import random

import numpy as np
import torch
from torch import nn


def build():
    """モデル、オプティマイザ、学習率スケジューラを作る (保存する側と読み込む側で同じ構成)"""
    model = nn.Linear(4, 2)
    optimizer = torch.optim.AdamW(model.parameters(), lr=0.01)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
    return model, optimizer, scheduler


# torch.cuda・torch.mps などのモジュール。
# アクセラレータがなければ None
accelerator = torch.accelerator.current_accelerator(check_available=True)
device_module = torch.get_device_module(accelerator) if accelerator else None
random.seed(0)
# NumPy は Generator を使う
np_rng = np.random.default_rng(0)
torch.manual_seed(0)
model, optimizer, scheduler = build()
x, y = torch.randn(32, 4), torch.randn(32, 2)

epochs_done = 3
for _ in range(epochs_done):
    optimizer.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()
    scheduler.step()

checkpoint = {
    # 終わったエポックの数
    # (= 次に始めるエポックの番号)
    "epoch": epochs_done,
    "model": model.state_dict(),
    "optimizer": optimizer.state_dict(),
    "scheduler": scheduler.state_dict(),
    "rng": {
        # CPU の乱数の状態
        "torch": torch.get_rng_state(),
        # アクセラレータ 1 台の乱数の状態
        "accelerator": device_module.get_rng_state() if device_module else None,
        "python": random.getstate(),
        "numpy": np_rng.bit_generator.state,
    },
}
torch.save(checkpoint, "checkpoint.pt")
# 比べるために、この先の乱数を引いておく
next_numbers = (torch.rand(1).item(), random.random(), np_rng.random())

# 読み込む側: 同じ構成で作り直してから、
# それぞれに状態を読み込む
loaded = torch.load("checkpoint.pt", map_location="cpu", weights_only=True)
print("チェックポイントの中身:", {key: type(value).__name__ for key, value in loaded.items()})
print("乱数の状態:", list(loaded["rng"]))

model, optimizer, scheduler = build()
model.load_state_dict(loaded["model"])
optimizer.load_state_dict(loaded["optimizer"])
scheduler.load_state_dict(loaded["scheduler"])
start_epoch = loaded["epoch"]
torch.set_rng_state(loaded["rng"]["torch"])
if device_module:
    device_module.set_rng_state(loaded["rng"]["accelerator"])
random.setstate(loaded["rng"]["python"])
np_rng = np.random.default_rng()
np_rng.bit_generator.state = loaded["rng"]["numpy"]

print("再開するエポック:", start_epoch, "/ 学習率:", scheduler.get_last_lr())
print("この先の乱数が一致:", (torch.rand(1).item(), random.random(), np_rng.random()) == next_numbers)
