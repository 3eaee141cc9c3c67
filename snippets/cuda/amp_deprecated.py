import warnings

import torch

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")  # GPU がなければ CPU

# torch.cuda.amp の GradScaler / autocast は古い書き方で、FutureWarning が出る
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.cuda.amp.GradScaler()
    with torch.cuda.amp.autocast():
        pass
for w in caught:
    if issubclass(w.category, FutureWarning):
        print(f"{w.category.__name__}: {w.message}")

# 今の書き方: torch.amp.GradScaler と torch.autocast にデバイスの種類を渡す
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    scaler = torch.amp.GradScaler(device.type)
    with torch.autocast(device_type=device.type):
        pass
print("警告の数:", len(caught))
