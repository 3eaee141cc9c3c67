# %% [markdown]
# # 手書き数字の分類 { #digits }
#
# scikit-learn に同梱されている手書き数字のデータ (8×8 ピクセル、1,797 枚) を使って、データの準備から学習、評価、学習曲線のグラフまでを 1 本の流れで実行します。データは scikit-learn のパッケージに入っているので、ダウンロードは起きません。
#
# このページはサイトのビルドのたびに実行され、下の出力とグラフはその実行結果です。すぐ下のボタンからノートブック (.ipynb) をダウンロードできます。実行には torch、scikit-learn、matplotlib が必要です (`pip install torch scikit-learn matplotlib`)。

# %% [markdown]
# ## データの準備 { #data }
#
# [`load_digits`](https://scikit-learn.org/stable/modules/generated/sklearn.datasets.load_digits.html) は画像を 64 個の画素値 (0〜16) の並びとして返します。16 で割って 0〜1 にそろえ、テンソルに変換します。

# %%
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")  # GPU があれば GPU を使う

digits = load_digits()
images = torch.tensor(digits.data, dtype=torch.float32) / 16.0  # 形状 (1797, 64)
labels = torch.tensor(digits.target, dtype=torch.long)  # 形状 (1797,)、値は 0〜9
print("画像:", images.shape, images.dtype)
print("ラベル:", labels.shape, labels.dtype)
print("クラスごとの枚数:", torch.bincount(labels).tolist())

# %% [markdown]
# 最初の 10 枚を表示して、データの中身を確かめます。

# %% alt="手書き数字の画像 10 枚。各画像の上に正解のラベル (0〜9) が書いてある"
fig, axes = plt.subplots(1, 10, figsize=(10, 1.4))
for ax, image, label in zip(axes, images[:10], labels[:10], strict=True):
    ax.imshow(image.reshape(8, 8).numpy(), cmap="gray_r")
    ax.set_title(int(label))
    ax.axis("off")

# %% [markdown]
# ## Dataset と DataLoader { #loader }
#
# [`TensorDataset`](https://docs.pytorch.org/docs/stable/data.html#torch.utils.data.TensorDataset) で画像とラベルを組にし、[`random_split`](https://docs.pytorch.org/docs/stable/data.html#torch.utils.data.random_split) で学習用 80 %、テスト用 20 % に分けます。分け方とシャッフルの順番は、シードを固定した `torch.Generator` で決まるので、何度実行しても同じになります。

# %%
dataset = TensorDataset(images, labels)
train_set, test_set = random_split(dataset, [0.8, 0.2], generator=torch.Generator().manual_seed(0))
train_loader = DataLoader(train_set, batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(0))
test_loader = DataLoader(test_set, batch_size=256)
print("学習用:", len(train_set), "枚 /", len(train_loader), "バッチ")
print("テスト用:", len(test_set), "枚 /", len(test_loader), "バッチ")

# %% [markdown]
# ## モデル { #model }
#
# 64 画素を入力に、10 クラスそれぞれのロジット (softmax をかける前の値) を出す 2 層の全結合ネットワークです。

# %%
model = nn.Sequential(
    nn.Linear(64, 128),
    nn.ReLU(),
    nn.Dropout(0.1),
    nn.Linear(128, 10),
).to(device)
print(model)
print("パラメータ数:", sum(p.numel() for p in model.parameters()))

# %% [markdown]
# ## 損失関数・オプティマイザ・学習率スケジューラ { #setup }
#
# 多クラス分類なので [`nn.CrossEntropyLoss`](https://docs.pytorch.org/docs/stable/generated/torch.nn.CrossEntropyLoss.html) にロジットをそのまま渡します (softmax は損失関数の中で計算されます)。オプティマイザは [`AdamW`](https://docs.pytorch.org/docs/stable/generated/torch.optim.AdamW.html)、学習率は [`CosineAnnealingLR`](https://docs.pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.CosineAnnealingLR.html) でエポックごとに下げていきます。

# %%
epochs = 15
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2, weight_decay=1e-4)
scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs)

# %% [markdown]
# ## 学習と評価のループ { #loop }
#
# 1 エポックの学習では、バッチごとに「勾配を消す → 順伝播 → 損失 → 逆伝播 → パラメータの更新」を行い、エポックの終わりに学習率スケジューラを 1 回進めます。評価では `model.eval()` で Dropout を止め、[`torch.no_grad()`](https://docs.pytorch.org/docs/stable/generated/torch.no_grad.html) で勾配の記録を止めます。


# %%
def train_one_epoch():
    model.train()
    total_loss = 0.0
    for x, y in train_loader:
        x, y = x.to(device), y.to(device)
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        total_loss += loss.item() * len(x)
    scheduler.step()
    return total_loss / len(train_set)


@torch.no_grad()
def evaluate():
    model.eval()
    total_loss, correct = 0.0, 0
    for x, y in test_loader:
        x, y = x.to(device), y.to(device)
        logits = model(x)
        total_loss += loss_fn(logits, y).item() * len(x)
        correct += (logits.argmax(dim=1) == y).sum().item()
    return total_loss / len(test_set), correct / len(test_set)


history = {"train_loss": [], "test_loss": [], "test_acc": []}
for epoch in range(1, epochs + 1):
    train_loss = train_one_epoch()
    test_loss, test_acc = evaluate()
    history["train_loss"].append(train_loss)
    history["test_loss"].append(test_loss)
    history["test_acc"].append(test_acc)
    print(
        f"エポック {epoch:2d}: 学習の損失 {train_loss:.4f}  テストの損失 {test_loss:.4f}  テストの正解率 {test_acc:.3f}"
    )

# %% [markdown]
# ## 結果 { #results }
#
# テストデータでの最終的な正解率と、エポックごとの損失と正解率の推移です。

# %% alt="2 つの折れ線グラフ。左はエポックごとの学習用とテスト用の損失で、どちらも下がっていく。右はテストの正解率で、エポックとともに上がっていく"
print(f"テストの正解率: {history['test_acc'][-1]:.3f}")

steps = range(1, epochs + 1)
fig, (ax_loss, ax_acc) = plt.subplots(1, 2, figsize=(9, 3.2))
ax_loss.plot(steps, history["train_loss"], marker="o", label="train")
ax_loss.plot(steps, history["test_loss"], marker="o", label="test")
ax_loss.set_xlabel("epoch")
ax_loss.set_ylabel("loss")
ax_loss.legend()
ax_acc.plot(steps, history["test_acc"], marker="o", color="tab:green")
ax_acc.set_xlabel("epoch")
ax_acc.set_ylabel("test accuracy")
fig.tight_layout()

# %% [markdown]
# 最後に、テストデータのうちモデルが間違えた画像をいくつか表示します (上が正解、下が予測)。

# %% alt="モデルが間違えた手書き数字の画像。各画像の上に正解と予測のラベルが書いてある"
model.eval()
with torch.no_grad():
    x_test = torch.stack([test_set[i][0] for i in range(len(test_set))]).to(device)
    y_test = torch.stack([test_set[i][1] for i in range(len(test_set))]).to(device)
    predicted = model(x_test).argmax(dim=1)
wrong = (predicted != y_test).nonzero().flatten()[:8].cpu()
print("間違えた枚数:", int((predicted != y_test).sum()), "/", len(y_test))

fig, axes = plt.subplots(1, len(wrong), figsize=(1.2 * len(wrong), 1.8), squeeze=False)
for ax, i in zip(axes[0], wrong, strict=True):
    ax.imshow(x_test[i].cpu().reshape(8, 8).numpy(), cmap="gray_r")
    ax.set_title(f"{int(y_test[i])}\n→ {int(predicted[i])}")
    ax.axis("off")
