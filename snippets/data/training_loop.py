import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
# ピン留めを使うのは CUDA のときだけ
# (MPS では警告が出て使われない)
pin = device.type == "cuda"
torch.manual_seed(0)

# データは CPU で作る:
# y = 3x - 1 に少しノイズを足したもの
x = torch.randn(64, 1)
y = 3 * x - 1 + 0.1 * torch.randn(64, 1)
train_ds = TensorDataset(x, y)

train_loader = DataLoader(
    train_ds,
    batch_size=16,
    shuffle=True,
    generator=torch.Generator().manual_seed(0),
    # CUDA の GPU へ送るときだけピン留めする
    pin_memory=pin,
)

model = nn.Linear(1, 1).to(device)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

for epoch in range(5):
    model.train()
    total, count = 0.0, 0
    # 1 回まわるごとに 1 イテレーション
    for xb, yb in train_loader:
        # バッチをモデルと同じデバイスへ送る
        # (ピン留め済みなら非同期コピーできる)
        xb = xb.to(device, non_blocking=pin)
        yb = yb.to(device, non_blocking=pin)
        optimizer.zero_grad()
        # 順伝播と損失の計算
        loss = loss_fn(model(xb), yb)
        loss.backward()  # 逆伝播
        optimizer.step()  # パラメータの更新
        total += loss.item() * len(xb)
        count += len(xb)
    print(f"epoch {epoch}: 平均損失 {total / count:.4f} ({len(train_loader)} イテレーション)")

print("学習後の重みとバイアス:", round(model.weight.item(), 3), round(model.bias.item(), 3))
