import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

# GPU がなければ CPU
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
torch.manual_seed(0)


# 2 クラスの点の集まり (ブロブ): クラス 0 は
# (-1, -1)、クラス 1 は (1, 1) の周りに散らばる
def make_blobs(n):
    labels = torch.randint(0, 2, (n,))
    # 0 → -1, 1 → +1
    centers = labels.float().unsqueeze(1) * 2 - 1
    points = centers + torch.randn(n, 2)
    return TensorDataset(points, labels)


# データは CPU 上で作る
train_set = make_blobs(256)
test_set = make_blobs(128)
train_loader = DataLoader(train_set, batch_size=32, shuffle=True, generator=torch.Generator().manual_seed(0))
test_loader = DataLoader(test_set, batch_size=64)

model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2)).to(device)
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)


def train_one_epoch():
    # 学習モード
    # (Dropout・BatchNorm を学習時の動作に)
    model.train()
    total_loss = 0.0
    for inputs, targets in train_loader:
        inputs, targets = inputs.to(device), targets.to(device)
        # 1. 前のイテレーションの勾配を消す
        optimizer.zero_grad()
        # 2. 順伝播
        outputs = model(inputs)
        # 3. 損失を計算
        loss = loss_fn(outputs, targets)
        # 4. 逆伝播 (勾配を計算するだけ。
        # パラメータは変わらない)
        loss.backward()
        # 5. 勾配を使ってパラメータを更新
        optimizer.step()
        total_loss += loss.item() * len(inputs)
    return total_loss / len(train_loader.dataset)


def evaluate(loader):
    model.eval()  # 評価モード
    correct = 0
    # 評価では勾配を記録しない
    with torch.no_grad():
        for inputs, targets in loader:
            inputs, targets = inputs.to(device), targets.to(device)
            # ロジットが最大のクラス
            predicted = model(inputs).argmax(dim=1)
            correct += (predicted == targets).sum().item()
    return correct / len(loader.dataset)


for epoch in range(1, 6):
    train_loss = train_one_epoch()
    print(f"エポック {epoch}: 学習の損失 {train_loss:.4f}")

print(f"テストの正解率: {evaluate(test_loader):.3f}")
