# %% [markdown]
# # 手書き数字の分類 { #digits }
#
# scikit-learn に同梱されている手書き数字のデータ (8×8 ピクセル、1,797 枚) を使って、データの準備から学習、評価、学習曲線のグラフまでを 1 本の流れで実行します。データは学習データ・検証データ・テストデータの 3 つに分け、検証損失を見ながら学習して、検証損失が改善しなくなったら学習を止め (早期終了)、最良のエポックのモデルでテストデータを 1 回だけ評価します。データは scikit-learn のパッケージに入っているので、ダウンロードは起きません。
#
# このページはサイトのビルドのたびに実行され、下の出力とグラフはその実行結果です。すぐ下のボタンからノートブック (.ipynb) をダウンロードできます。実行には torch、scikit-learn、matplotlib が必要です (`pip install torch scikit-learn matplotlib`)。

# %% [markdown]
# ## データの準備 { #data }
#
# [`load_digits`](https://scikit-learn.org/stable/modules/generated/sklearn.datasets.load_digits.html) は画像を 64 個の画素値 (0〜16) の並びとして返します。16 で割って 0〜1 にそろえ、テンソルに変換します。デバイスは [`torch.accelerator.current_accelerator`](https://docs.pytorch.org/docs/stable/generated/torch.accelerator.current_accelerator.html) で選び、GPU などのアクセラレータが使えればそれを、なければ CPU を使います。

# %%
import copy

import matplotlib.pyplot as plt
import torch
from matplotlib.ticker import MaxNLocator
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")

digits = load_digits()
# 形状 (1797, 64)
images = torch.tensor(digits.data, dtype=torch.float32) / 16.0
# 形状 (1797,)、値は 0〜9
labels = torch.tensor(digits.target, dtype=torch.long)
print("画像:", images.shape, images.dtype)
print("ラベル:", labels.shape, labels.dtype)
print("クラスごとの枚数:", torch.bincount(labels).tolist())

# %% [markdown]
# 最初の 10 枚を表示して、データの中身を確かめます。

# %% alt="手書き数字の画像 10 枚 (2 行 5 列)。各画像の上に正解のラベル (0〜9) が書いてある"
fig, axes = plt.subplots(2, 5, figsize=(5, 2.6))
for ax, image, label in zip(axes.flat, images[:10], labels[:10], strict=True):
    ax.imshow(image.reshape(8, 8).numpy(), cmap="gray_r")
    ax.set_title(int(label))
    ax.axis("off")
plt.show()

# %% [markdown]
# ## 学習データ・検証データ・テストデータ { #split }
#
# [`TensorDataset`](https://docs.pytorch.org/docs/stable/data.html#torch.utils.data.TensorDataset) で画像とラベルを組にし、[`random_split`](https://docs.pytorch.org/docs/stable/data.html#torch.utils.data.random_split) で学習データ 60 %、検証データ 20 %、テストデータ 20 % に分けます。分け方は、シードを固定した [`torch.Generator`](https://docs.pytorch.org/docs/stable/generated/torch.Generator.html) で決まるので、何度実行しても同じになります。
#
# 3 つのデータの役割は次のとおりです。学習データはパラメータの更新に使います。検証データはエポックごとに評価し、どのエポックのモデルを採用するか、いつ学習を止めるかを決めるのに使います。テストデータは、すべてを決め終えたあとに 1 回だけ評価し、まだ見ていないデータでの性能の見積もりにします。

# %%
dataset = TensorDataset(images, labels)
train_set, val_set, test_set = random_split(dataset, [0.6, 0.2, 0.2], generator=torch.Generator().manual_seed(0))
print("学習データ:", len(train_set), "枚")
print("検証データ:", len(val_set), "枚")
print("テストデータ:", len(test_set), "枚")

# %% [markdown]
# ### テストデータでエポックを選ばない理由 { #why-not-test }
#
# 何エポック目のモデルを使うかを決めることも、ハイパーパラメータを選ぶのと同じく、モデルをデータに合わせる作業の一部です。テストデータの損失が最も小さいエポックを選ぶと、選ばれたモデルはテストデータに合わせて選ばれたことになります。エポックごとの成績には偶然の揺れがあるので、いくつもの候補の中で最もよいものを選ぶと、その偶然の分だけ成績が高く出ます。その結果、同じテストデータで測った正解率は、新しいデータでの正解率より楽観的な値になります。
#
# そこで、エポックの選択には、学習とテストのどちらにも使わない検証データを使い、テストデータは最後に 1 回だけ使います。検証データの成績も、選ぶのに使った以上は少し楽観的になりますが、その影響はテストデータには及びません。

# %% [markdown]
# ## DataLoader { #loader }
#
# 学習データの [`DataLoader`](https://docs.pytorch.org/docs/stable/data.html#torch.utils.data.DataLoader) は、エポックごとにシャッフルします。シャッフルの順番もシード付きの `torch.Generator` で決まります。評価に使う検証データとテストデータはシャッフルせず、大きめのバッチで読みます。

# %%
train_loader = DataLoader(train_set, batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(0))
val_loader = DataLoader(val_set, batch_size=512)
test_loader = DataLoader(test_set, batch_size=512)
print("学習データのバッチ数:", len(train_loader))
print("検証データのバッチ数:", len(val_loader))
print("テストデータのバッチ数:", len(test_loader))

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
# ## 損失関数とオプティマイザ { #setup }
#
# 多クラス分類なので [`nn.CrossEntropyLoss`](https://docs.pytorch.org/docs/stable/generated/torch.nn.CrossEntropyLoss.html) にロジットをそのまま渡します (softmax は損失関数の中で計算されます)。オプティマイザは [`AdamW`](https://docs.pytorch.org/docs/stable/generated/torch.optim.AdamW.html) で、学習率は一定です。
#
# `max_epochs` は学習するエポック数の上限で、早期終了が働けばそれより前に止まります。`patience` は、検証損失の改善しないエポックが何回続いたら止めるかを表します。

# %%
max_epochs = 50
patience = 5
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2, weight_decay=1e-4)

# %% [markdown]
# ## 学習と評価の関数 { #functions }
#
# 1 エポックの学習では、バッチごとに「勾配を消す → 順伝播 → 損失 → 逆伝播 → パラメータの更新」を行います。返す学習データの損失は、サンプルあたりの損失の平均です。各バッチの損失 (バッチの中の平均) にバッチの大きさを掛けて足し、学習データの数で割るので、最後の小さなバッチも大きさに応じた重みで数えます。評価では `model.eval()` で Dropout を止め、[`torch.no_grad()`](https://docs.pytorch.org/docs/stable/generated/torch.no_grad.html) で勾配の記録を止めます。`evaluate` は損失と正解率に加えて、予測したクラスも返します (最後にテストデータで間違えた画像を表示するのに使います)。


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
    return total_loss / len(train_loader.dataset)


@torch.no_grad()
def evaluate(loader):
    model.eval()
    total_loss, correct, predictions = 0.0, 0, []
    for x, y in loader:
        x, y = x.to(device), y.to(device)
        logits = model(x)
        total_loss += loss_fn(logits, y).item() * len(x)
        predicted = logits.argmax(dim=1)
        correct += (predicted == y).sum().item()
        predictions.append(predicted.cpu())
    n = len(loader.dataset)
    return total_loss / n, correct / n, torch.cat(predictions)


# %% [markdown]
# ## 早期終了とチェックポイント { #early-stopping }
#
# エポックごとに検証データで評価し、検証損失がそれまでの最小値を下回ったら、そのときのモデルの状態を「最良のチェックポイント」として取っておきます。検証損失が `patience` エポック続けて最小値を下回らなければ、それ以上学習しても改善は見込めないとみなして学習を止めます。これが早期終了です。
#
# チェックポイントは [`state_dict()`](https://docs.pytorch.org/docs/stable/generated/torch.nn.Module.html#torch.nn.Module.state_dict) を [`copy.deepcopy`](https://docs.python.org/ja/3/library/copy.html#copy.deepcopy) で写してメモリに置きます。`state_dict()` が返す辞書のテンソルはモデルのパラメータとメモリを共有しているので、写さずに持っておくだけでは、そのあとの学習で値が書き換わってしまいます。学習が長い場合は、[`torch.save`](https://docs.pytorch.org/docs/stable/generated/torch.save.html) でファイルに保存しておくと、途中で止まっても最良のモデルが残ります。

# %%
history = {"train_loss": [], "val_loss": [], "val_acc": []}
best_val_loss = float("inf")
best_epoch = 0
best_state = None
epochs_without_improvement = 0

for epoch in range(1, max_epochs + 1):
    train_loss = train_one_epoch()
    val_loss, val_acc, _ = evaluate(val_loader)
    history["train_loss"].append(train_loss)
    history["val_loss"].append(val_loss)
    history["val_acc"].append(val_acc)

    if val_loss < best_val_loss:
        best_val_loss, best_epoch = val_loss, epoch
        # 最良のチェックポイント
        # (パラメータの写し)
        best_state = copy.deepcopy(model.state_dict())
        epochs_without_improvement = 0
        note = "  ← 最良を更新"
    else:
        epochs_without_improvement += 1
        note = ""
    print(
        f"エポック {epoch:2d}: 学習データの損失 {train_loss:.4f}  検証損失 {val_loss:.4f}  "
        f"検証データの正解率 {val_acc:.3f}{note}"
    )
    if epochs_without_improvement >= patience:
        print(f"検証損失が {patience} エポック続けて改善しなかったので、エポック {epoch} で学習を止めました")
        break
else:
    print(f"早期終了は起きず、上限の {max_epochs} エポックまで学習しました")

stopped_epoch = epoch
print(f"最良のエポック: {best_epoch} (検証損失 {best_val_loss:.4f})")

# %% [markdown]
# ## 学習曲線 { #curves }
#
# 学習データの損失はエポックとともにほぼ下がり続けますが、検証損失は途中から下がらなくなります。そこから先は、モデルが学習データに合わせすぎて (過学習)、学習に使っていないデータでの成績が伸びなくなっています。破線は最良のエポック (検証損失が最小のエポック) で、その右側の `patience` エポックが、止める前に改善を待った分です。損失のグラフは、後半の小さな差が見えるように縦軸を対数目盛にしています。

# %% alt="上下に並べた 2 つの折れ線グラフ。横軸はどちらもエポック。上は学習データと検証データの損失 (縦軸は対数目盛) で、学習データの損失は下がり続け、検証損失は途中から下がらなくなる。下は検証データの正解率。どちらのグラフにも、最良のエポック (検証損失が最小のエポック) の位置に縦の破線が引いてある"
steps = range(1, stopped_epoch + 1)
fig, (ax_loss, ax_acc) = plt.subplots(2, 1, figsize=(5, 6), sharex=True)
ax_loss.plot(steps, history["train_loss"], marker="o", markersize=3, label="train")
ax_loss.plot(steps, history["val_loss"], marker="o", markersize=3, label="validation")
ax_loss.set_ylabel("loss")
# 後半の小さな差が見えるように対数目盛にする
ax_loss.set_yscale("log")
ax_acc.plot(steps, history["val_acc"], marker="o", markersize=3, color="tab:green", label="validation")
ax_acc.set_xlabel("epoch")
ax_acc.set_ylabel("accuracy")
for ax in (ax_loss, ax_acc):
    ax.axvline(best_epoch, color="gray", linestyle="--", label=f"best epoch ({best_epoch})")
    # 目盛はエポックの整数だけ
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend()
fig.tight_layout()
plt.show()

# %% [markdown]
# ## テストデータでの評価 { #test }
#
# 学習を止めた時点のモデルは、最良のエポックから `patience` エポック先に進んだものです。[`load_state_dict`](https://docs.pytorch.org/docs/stable/generated/torch.nn.Module.html#torch.nn.Module.load_state_dict) で最良のチェックポイントに戻し、戻ったことを検証損失で確かめてから、テストデータを 1 回だけ評価します。

# %%
model.load_state_dict(best_state)
val_loss, val_acc, _ = evaluate(val_loader)
print(f"戻したモデルの検証損失: {val_loss:.4f} (エポック {best_epoch} の記録: {best_val_loss:.4f})")

test_loss, test_acc, test_predicted = evaluate(test_loader)
print(f"テストデータの損失: {test_loss:.4f}")
print(f"テストデータの正解率: {test_acc:.3f}")

# %% [markdown]
# 最後に、テストデータのうちモデルが間違えた画像をいくつか表示します (上が正解、下が予測)。予測は、上のテストデータの評価で得たものをそのまま使います。

# %% alt="モデルが間違えた手書き数字の画像。各画像の上に正解と予測のラベルが書いてある"
# test_loader と同じ順番
test_images = images[test_set.indices]
test_labels = labels[test_set.indices]
wrong = (test_predicted != test_labels).nonzero().flatten()
print("間違えた枚数:", len(wrong), "/", len(test_labels))

shown = wrong[:8]
fig, axes = plt.subplots(2, 4, figsize=(4.2, 3.6), squeeze=False)
for ax in axes.flat[len(shown) :]:
    ax.axis("off")
for ax, i in zip(axes.flat, shown, strict=False):
    ax.imshow(test_images[i].reshape(8, 8).numpy(), cmap="gray_r")
    ax.set_title(f"{int(test_labels[i])}\n→ {int(test_predicted[i])}")
    ax.axis("off")
plt.show()
