import torch
from torch import nn

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
torch.manual_seed(0)
model = nn.Linear(4, 1).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
# 倍率の変化を見るために、既定 (初期値 65536、
# 2000 ステップごとに 2 倍) より小さくした
options = {"init_scale": 1024.0, "growth_interval": 2}
scaler = torch.amp.GradScaler(device.type, **options)
x, y = torch.randn(16, 4, device=device), torch.randn(16, 1, device=device)

for _ in range(4):
    optimizer.zero_grad()
    with torch.autocast(device.type, dtype=torch.float16):
        loss = nn.functional.mse_loss(model(x), y)
    scaler.scale(loss).backward()
    scaler.step(optimizer)
    scaler.update()
print("学習のあとの倍率:", scaler.get_scale())

checkpoint = {
    "model": model.state_dict(),
    "optimizer": optimizer.state_dict(),
    "scaler": scaler.state_dict(),
}
torch.save(checkpoint, "checkpoint.pt")
print("scaler の state_dict:", checkpoint["scaler"])

# 再開: 新しい GradScaler の倍率は
# 初期値に戻っている
checkpoint = torch.load("checkpoint.pt", map_location=device, weights_only=True)
resumed = torch.amp.GradScaler(device.type, **options)
print("読み込む前の倍率:", resumed.get_scale())
resumed.load_state_dict(checkpoint["scaler"])
print("読み込んだあとの倍率:", resumed.get_scale())
