# output-check: cpu
# expect-warning: FutureWarning, UserWarning
import torch

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")  # GPU がなければ CPU

# torch.cuda.amp の GradScaler / autocast は古い書き方で、FutureWarning が出る
torch.cuda.amp.GradScaler()
with torch.cuda.amp.autocast():
    pass

# 今の書き方: torch.amp.GradScaler と torch.autocast にデバイスの種類を渡す。警告は出ない
scaler = torch.amp.GradScaler(device.type)
with torch.autocast(device_type=device.type):
    pass
print("今の書き方では警告は出ません")
