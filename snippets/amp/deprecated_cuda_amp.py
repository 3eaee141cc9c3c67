import torch

# 古い書き方: torch.cuda.amp.GradScaler() と
# torch.cuda.amp.autocast() は
# FutureWarning を出す
scaler = torch.cuda.amp.GradScaler()
with torch.cuda.amp.autocast():
    pass

# 今の書き方: デバイスの種類を
# 引数で渡す。警告は出ない。
# device は GPU がなければ CPU
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
scaler = torch.amp.GradScaler(device.type)
with torch.autocast(device.type):
    pass
print("torch.amp.GradScaler と torch.autocast は警告を出しません")
