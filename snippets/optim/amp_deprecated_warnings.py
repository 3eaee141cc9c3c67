# output-check: cpu
import warnings

import torch

# 古い書き方: torch.cuda.amp.GradScaler() と torch.cuda.amp.autocast()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    scaler = torch.cuda.amp.GradScaler()
    with torch.cuda.amp.autocast():
        pass
for w in caught:
    print(f"{w.category.__name__}: {w.message}")

# 今の書き方: デバイスの種類を引数で渡す
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")  # GPU があれば GPU、なければ CPU
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    scaler = torch.amp.GradScaler(device.type)
    with torch.autocast(device.type):
        pass
print("torch.amp.GradScaler / torch.autocast の警告:", len(caught))
