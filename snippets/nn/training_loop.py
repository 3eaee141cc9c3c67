import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")  # GPU がなければ CPU
torch.manual_seed(0)


# 2 クラスの点の集まり (ブロブ): クラス 0 は (-1, -1)、クラス 1 は (1, 1) の周りに散らばる
def make_blobs(n):
    labels = torch.randint(0, 2, (n,))
    centers = labels.float().unsqueeze(1) * 2 - 1  # 0 → -1, 1 → +1
    points = centers + torch.randn(n, 2)
    return TensorDataset(points, labels)


train_set = make_blobs(256)  # データは CPU 上で作る
test_set = make_blobs(128)
train_loader = DataLoader(train_set, batch_size=32, shuffle=True, generator=torch.Generator().manual_seed(0))
test_loader = DataLoader(test_set, batch_size=64)

model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2)).to(device)
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)


def train_one_epoch():
    model.train()  # 学習モード (Dropout・BatchNorm を学習時の動作に)
    total_loss = 0.0
    for inputs, targets in train_loader:
        inputs, targets = inputs.to(device), targets.to(device)
        optimizer.zero_grad()  # 1. 前のイテレーションの勾配を消す
        outputs = model(inputs)  # 2. 順伝播
        loss = loss_fn(outputs, targets)  # 3. 損失を計算
        loss.backward()  # 4. 逆伝播 (勾配を計算するだけ。パラメータは変わらない)
        optimizer.step()  # 5. 勾配を使ってパラメータを更新
        total_loss += loss.item() * len(inputs)
    return total_loss / len(train_loader.dataset)


def evaluate(loader):
    model.eval()  # 評価モード
    correct = 0
    with torch.no_grad():  # 評価では勾配を記録しない
        for inputs, targets in loader:
            inputs, targets = inputs.to(device), targets.to(device)
            predicted = model(inputs).argmax(dim=1)  # ロジットが最大のクラス
            correct += (predicted == targets).sum().item()
    return correct / len(loader.dataset)


for epoch in range(1, 6):
    train_loss = train_one_epoch()
    print(f"エポック {epoch}: 学習の損失 {train_loss:.4f}")

print(f"テストの正解率: {evaluate(test_loader):.3f}")
