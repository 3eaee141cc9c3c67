import torch
from torch import nn

# GPU がなければ CPU
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
torch.manual_seed(0)

# 小さな回帰問題: y = 2x - 1 に少しノイズを
# 足したデータ (CPU で作ってから移す)
x = torch.linspace(-1, 1, 16).unsqueeze(1)
y = 2 * x - 1 + 0.1 * torch.randn(16, 1)
x, y = x.to(device), y.to(device)

# 先にモデルをデバイスに移す
model = nn.Linear(1, 1).to(device)
loss_fn = nn.MSELoss()
# その後でオプティマイザを作る
optimizer = torch.optim.SGD(model.parameters(), lr=0.3)

for step in range(1, 11):
    # 1. 前の勾配を消す
    optimizer.zero_grad()
    # 2. 順伝播
    pred = model(x)
    # 3. 損失を計算
    loss = loss_fn(pred, y)
    # 4. 逆伝播:
    # 各パラメータの .grad に勾配が入る
    loss.backward()
    # 5. .grad を使ってパラメータを更新
    optimizer.step()
    if step % 2 == 0:
        print(f"ステップ {step:2d}: 損失 {loss.item():.4f}")

print(f"重み {model.weight.item():.4f}, バイアス {model.bias.item():.4f}")
