# %% [markdown]
# # 学習率スケジューラの比較 { #lr-schedulers }
#
# 学習率スケジューラは、学習の進み具合に合わせてオプティマイザの学習率を書き換える仕組みです。[`torch.optim.lr_scheduler`](https://docs.pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate) にはいくつもの種類があり、学習率の曲線の形と、`step()` を呼ぶ単位 (エポックごとか、バッチごとか) が違います。このページでは主なスケジューラを実際に動かし、学習率の曲線をグラフにして並べます。
#
# モデルの学習はしません。パラメータが 1 個だけのオプティマイザにスケジューラを付け、`step()` を繰り返したときの学習率を記録します。このページはサイトのビルドのたびに実行され、下の出力とグラフはその実行結果です。すぐ下のボタンからノートブック (.ipynb) をダウンロードできます。実行には torch と matplotlib が必要です (`pip install torch matplotlib`)。

# %% [markdown]
# ## 学習率を記録する関数 { #record }
#
# `record` は、スケジューラを作る関数を受け取り、`steps` 回分の学習率のリストを返します。各ステップでは、まず [`get_last_lr()`](https://docs.pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.LRScheduler.html#torch.optim.lr_scheduler.LRScheduler.get_last_lr) でそのステップに使う学習率を記録し、`optimizer.step()` → `scheduler.step()` の順に呼びます。実際の学習でも、この順番 (パラメータの更新のあとに学習率スケジューラを進める) が正しい順番です。オプティマイザは [`SGD`](https://docs.pytorch.org/docs/stable/generated/torch.optim.SGD.html) (学習率 0.1、モーメンタム 0.9) です。

# %%
import math
import warnings

import matplotlib.pyplot as plt
import torch
from torch.optim import lr_scheduler

BASE_LR = 0.1
# エポック単位のスケジューラで進める回数
EPOCHS = 30


def make_optimizer(lr=BASE_LR):
    # 勾配のないパラメータが 1 個だけなので、
    # optimizer.step() はパラメータを変えない
    return torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=lr, momentum=0.9)


def record(make_scheduler, steps):
    """スケジューラを steps 回進め、各ステップで使われた学習率のリストを返す。"""
    optimizer = make_optimizer()
    scheduler = make_scheduler(optimizer)
    lrs = []
    for _ in range(steps):
        # このステップの更新に使う学習率
        lrs.append(scheduler.get_last_lr()[0])
        # 実際の学習では、ここまでに
        # 順伝播・逆伝播をしておく
        optimizer.step()
        scheduler.step()
    return lrs


def show(lrs, steps):
    """指定したステップの学習率を、丸めて表示する。"""
    print("  ".join(f"[{i}] {lrs[i]:.6g}" for i in steps))


def plot(lines, xlabel, title):
    """{ラベル: 学習率のリスト} を 1 枚のグラフに描く。"""
    _, ax = plt.subplots(figsize=(5, 3), layout="constrained")
    for label, lrs in lines.items():
        ax.plot(range(len(lrs)), lrs, marker=".", label=label)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("learning rate")
    ax.set_title(title)
    if len(lines) > 1:
        ax.legend()


# 最後の比較用: 名前 →
# (学習率のリスト, "epoch" または "batch")
curves = {}

# %% [markdown]
# 順番を逆にして `scheduler.step()` を先に呼ぶと、PyTorch は `UserWarning` を出します。そのうえ、最初のパラメータ更新の時点で学習率がもう 1 段進んでいるため、スケジュールの最初の値 (ここでは 0.1) が一度も使われません。

# %%
optimizer = make_optimizer()
scheduler = lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
used = []
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for _ in range(3):
        # 誤った順番:
        # 先にスケジューラを進めている
        scheduler.step()
        used.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
print(caught[0].category.__name__ + ":", str(caught[0].message).split(".  ")[0] + ".")
print("パラメータ更新に使われた学習率:", used)
print("正しい順番の場合:", record(lambda opt: lr_scheduler.StepLR(opt, step_size=1, gamma=0.5), 3))

# %% [markdown]
# ## StepLR { #step-lr }
#
# [`StepLR`](https://docs.pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.StepLR.html) は `step_size` エポックごとに学習率を `gamma` 倍にします。エポックの終わりに 1 回 `step()` を呼びます。ここでは 10 エポックごとに半分にしています。

# %% alt="StepLR の学習率の推移。10 エポックごとに半分になる階段状のグラフ"
lrs = record(lambda opt: lr_scheduler.StepLR(opt, step_size=10, gamma=0.5), EPOCHS)
curves["StepLR"] = (lrs, "epoch")
show(lrs, [0, 9, 10, 19, 20, 29])
plot({"StepLR": lrs}, "epoch", "StepLR(step_size=10, gamma=0.5)")

# %% [markdown]
# ## MultiStepLR { #multi-step-lr }
#
# [`MultiStepLR`](https://docs.pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.MultiStepLR.html) は、`milestones` に並べたエポックに達するたびに学習率を `gamma` 倍にします。下げる時期を自由に決められる StepLR です。エポックごとに `step()` を呼びます。

# %% alt="MultiStepLR の学習率の推移。エポック 10 と 25 で下がる階段状のグラフ"
lrs = record(lambda opt: lr_scheduler.MultiStepLR(opt, milestones=[10, 25], gamma=0.1), EPOCHS)
curves["MultiStepLR"] = (lrs, "epoch")
show(lrs, [0, 9, 10, 24, 25])
plot({"MultiStepLR": lrs}, "epoch", "MultiStepLR(milestones=[10, 25], gamma=0.1)")

# %% [markdown]
# ## ExponentialLR { #exponential-lr }
#
# [`ExponentialLR`](https://docs.pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.ExponentialLR.html) は `step()` のたびに学習率を `gamma` 倍にします。エポック e の学習率は 0.1 × gamma^e です。エポックごとに `step()` を呼びます。

# %% alt="ExponentialLR の学習率の推移。毎エポック 0.9 倍になり、なめらかに減っていくグラフ"
lrs = record(lambda opt: lr_scheduler.ExponentialLR(opt, gamma=0.9), EPOCHS)
curves["ExponentialLR"] = (lrs, "epoch")
show(lrs, [0, 1, 2, 10, 29])
print("0.1 * 0.9**29 =", f"{BASE_LR * 0.9**29:.6g}")
plot({"ExponentialLR": lrs}, "epoch", "ExponentialLR(gamma=0.9)")

# %% [markdown]
# ## CosineAnnealingLR { #cosine-annealing-lr }
#
# [`CosineAnnealingLR`](https://docs.pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.CosineAnnealingLR.html) は、`T_max` 回の `step()` をかけて、学習率を初めの値から `eta_min` までコサインの形で下げます (既定の `eta_min` は 0)。ちょうど半分の地点では、初めの値と `eta_min` の平均になります。エポックごとに `step()` を呼ぶ場合は、`T_max` を総エポック数にするのが基本です。

# %% alt="CosineAnnealingLR の学習率の推移。コサインの半周期の形で最小値まで下がるグラフ"
lrs = record(lambda opt: lr_scheduler.CosineAnnealingLR(opt, T_max=EPOCHS, eta_min=0.001), EPOCHS)
curves["CosineAnnealingLR"] = (lrs, "epoch")
show(lrs, [0, 1, 15, 29])
print("(0.1 + 0.001) / 2 =", (BASE_LR + 0.001) / 2)
plot({"CosineAnnealingLR": lrs}, "epoch", "CosineAnnealingLR(T_max=30, eta_min=0.001)")

# %% [markdown]
# `T_max` を過ぎても `step()` を呼び続けると、学習率は `eta_min` で止まらず、また上がり始めます。総エポック数と `T_max` をそろえておきましょう。

# %%
longer = record(lambda opt: lr_scheduler.CosineAnnealingLR(opt, T_max=EPOCHS, eta_min=0.001), 2 * EPOCHS + 1)
show(longer, [30, 31, 35, 45, 60])

# %% [markdown]
# ## ReduceLROnPlateau { #reduce-lr-on-plateau }
#
# [`ReduceLROnPlateau`](https://docs.pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.ReduceLROnPlateau.html) は決まった曲線を持たず、検証データの損失などの指標を見て学習率を下げます。エポックごとに評価をしたあと、`scheduler.step(val_loss)` のように指標を渡して呼びます。`mode="min"` では、指標の最良値が更新されないエポックが `patience` 回を超えて続くと、学習率を `factor` 倍にします。`min_lr` より下には下げません。
#
# ここでは学習をしないので、検証データの損失の列をあらかじめ決めておき、それを順に渡します。損失は途中で何度か横ばいになります。

# %% alt="上下に並べた 2 つの折れ線グラフ。上は決めておいた検証データの損失の推移、下は ReduceLROnPlateau の学習率で、損失が横ばいになるたびに半分になる"
val_losses = [1.00, 0.80, 0.68, 0.61, 0.57, 0.55, 0.55, 0.56, 0.55, 0.55]
val_losses += [0.49, 0.46, 0.45, 0.45, 0.46, 0.45, 0.45, 0.45, 0.43, 0.42]
val_losses += [0.42] * 10

optimizer = make_optimizer()
scheduler = lr_scheduler.ReduceLROnPlateau(optimizer, mode="min", factor=0.5, patience=2, min_lr=0.01)
lrs = []
for val_loss in val_losses:
    lrs.append(scheduler.get_last_lr()[0])
    # 実際には、ここで 1 エポック分の学習をする
    optimizer.step()
    # 評価のあとに、検証データの損失を渡す
    scheduler.step(val_loss)
curves["ReduceLROnPlateau"] = (lrs, "epoch")
for epoch in range(1, len(lrs)):
    if lrs[epoch] != lrs[epoch - 1]:
        print(f"エポック {epoch:2d} から学習率 {lrs[epoch]:.6g}")

fig, (ax_loss, ax_lr) = plt.subplots(2, 1, figsize=(5, 5.5), sharex=True, layout="constrained")
ax_loss.plot(range(len(val_losses)), val_losses, marker=".", color="tab:red")
ax_loss.set_ylabel("validation loss (scripted)")
ax_lr.plot(range(len(lrs)), lrs, marker=".")
ax_lr.set_xlabel("epoch")
ax_lr.set_ylabel("learning rate")
ax_lr.set_title("ReduceLROnPlateau(factor=0.5, patience=2, min_lr=0.01)", fontsize=10)
plt.show()

# %% [markdown]
# 最良値 0.55 が出たエポック 5 のあと、エポック 6〜8 の 3 回続けて更新されなかったので、エポック 9 から学習率が半分になりました。最後は `min_lr` の 0.01 で止まっています。指標を渡さずに `scheduler.step()` と呼ぶと `TypeError` になります。

# %%
try:
    scheduler.step()
except TypeError as e:
    print(f"{type(e).__name__}: {e}")

# %% [markdown]
# ## CyclicLR { #cyclic-lr }
#
# [`CyclicLR`](https://docs.pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.CyclicLR.html) は学習率を `base_lr` と `max_lr` の間で三角波のように上げ下げします。`step_size_up` 回で上がり、同じ回数で下がります (`step_size_down` の既定)。バッチごとに `step()` を呼ぶスケジューラで、`step_size_up` もバッチの数 (イテレーション数) で数えます。`mode="triangular"` は毎回同じ高さ、`mode="triangular2"` は 1 周期ごとに振れ幅を半分にします。

# %% alt="CyclicLR の学習率の推移。下限と上限の間を三角形の波で往復するグラフ"
cycle_steps = 60  # バッチの数
triangular = record(
    lambda opt: lr_scheduler.CyclicLR(opt, base_lr=0.001, max_lr=0.1, step_size_up=10, mode="triangular"),
    cycle_steps,
)
triangular2 = record(
    lambda opt: lr_scheduler.CyclicLR(opt, base_lr=0.001, max_lr=0.1, step_size_up=10, mode="triangular2"),
    cycle_steps,
)
curves["CyclicLR (triangular)"] = (triangular, "batch")
curves["CyclicLR (triangular2)"] = (triangular2, "batch")
print("triangular: ", end="")
show(triangular, [0, 5, 10, 20, 30, 50])
print("triangular2:", end=" ")
show(triangular2, [0, 5, 10, 20, 30, 50])
plot(
    {"triangular": triangular, "triangular2": triangular2},
    "iteration (batch)",
    "CyclicLR(0.001 to 0.1, step_size_up=10)",
)

# %% [markdown]
# `CyclicLR` は既定 (`cycle_momentum=True`) でモーメンタムも動かします。学習率とは逆向きで、学習率が `base_lr` のときに `max_momentum` (既定 0.9)、`max_lr` のときに `base_momentum` (既定 0.8) になります。

# %%
optimizer = make_optimizer()
scheduler = lr_scheduler.CyclicLR(optimizer, base_lr=0.001, max_lr=0.1, step_size_up=10)
for i in range(21):
    if i in (0, 5, 10, 20):
        group = optimizer.param_groups[0]
        print(f"[{i}] 学習率 {group['lr']:.6g}  モーメンタム {group['momentum']:.6g}")
    optimizer.step()
    scheduler.step()

# %% [markdown]
# ## OneCycleLR { #one-cycle-lr }
#
# [`OneCycleLR`](https://docs.pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.OneCycleLR.html) は、学習全体でただ 1 回だけ、学習率を上げてから下げます。バッチごとに `step()` を呼び、`total_steps` に学習全体のバッチ数を渡します (`epochs` と `steps_per_epoch` を渡しても同じです)。学習率は `max_lr / div_factor` (既定 25) から始まり、全体の `pct_start` (既定 0.3) の地点で `max_lr` に達し、最後は初めの値のさらに `1 / final_div_factor` (既定 1e4) まで下がります。オプティマイザに渡した学習率は使われず、`max_lr` が基準になります。

# %% alt="OneCycleLR の学習率の推移。はじめに最大値まで上がり、そのあと最初より小さい値まで下がるグラフ"
# 例: 10 エポック × 1 エポックあたり 10 バッチ
total_steps = 100
lrs = record(lambda opt: lr_scheduler.OneCycleLR(opt, max_lr=0.1, total_steps=total_steps), total_steps)
curves["OneCycleLR"] = (lrs, "batch")
show(lrs, [0, 15, 29, 60, 99])
peak = max(range(total_steps), key=lambda i: lrs[i])
print("最大の学習率:", lrs[peak], "/ そのステップ:", peak)
by_epochs = lr_scheduler.OneCycleLR(make_optimizer(), max_lr=0.1, epochs=10, steps_per_epoch=10)
print("epochs=10, steps_per_epoch=10 のときの total_steps:", by_epochs.total_steps)
with_lr_05 = lr_scheduler.OneCycleLR(make_optimizer(lr=0.5), max_lr=0.1, total_steps=total_steps)
print("SGD の学習率を 0.5 にしたときの最初の学習率:", f"{with_lr_05.get_last_lr()[0]:.6g}")
plot({"OneCycleLR": lrs}, "iteration (batch)", "OneCycleLR(max_lr=0.1, total_steps=100)")

# %% [markdown]
# `total_steps` 回を超えて `step()` を呼ぶと `ValueError` になります。エポックごとに呼ぶつもりで `total_steps` をエポック数にしてしまう、といった食い違いはここで見つかります。

# %%
optimizer = make_optimizer()
scheduler = lr_scheduler.OneCycleLR(optimizer, max_lr=0.1, total_steps=5)
calls = 0
try:
    for _ in range(6):
        optimizer.step()
        calls += 1
        scheduler.step()
except ValueError as e:
    print(f"{calls} 回目の step(): {type(e).__name__}: {e}")

# %% [markdown]
# `OneCycleLR` も既定でモーメンタムを学習率と逆向きに動かします (0.95 → 0.85 → 0.95)。

# %%
optimizer = make_optimizer()
scheduler = lr_scheduler.OneCycleLR(optimizer, max_lr=0.1, total_steps=total_steps)
momentums = []
for _ in range(total_steps):
    momentums.append(optimizer.param_groups[0]["momentum"])
    optimizer.step()
    scheduler.step()
show(momentums, [0, 29, 99])

# %% [markdown]
# ## LinearLR { #linear-lr }
#
# [`LinearLR`](https://docs.pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.LinearLR.html) は、初めの学習率に掛ける係数を `start_factor` から `end_factor` まで `total_iters` 回かけて直線的に変え、その後は一定にします。`start_factor` を小さくすれば学習の最初に学習率を少しずつ上げるウォームアップになり、`end_factor` を小さくすれば直線的な減衰になります。既定値は `start_factor=1/3`、`end_factor=1.0`、`total_iters=5` です。エポックごとにも、バッチごとにも使えます (`total_iters` はその単位で数えます)。ここではエポックごとに進めます。

# %% alt="LinearLR によるウォームアップの学習率の推移。最初の数エポックで直線的に上がり、そのあと一定になるグラフ"
warmup = record(lambda opt: lr_scheduler.LinearLR(opt, start_factor=0.1, total_iters=10), EPOCHS)
decay = record(lambda opt: lr_scheduler.LinearLR(opt, start_factor=1.0, end_factor=0.0, total_iters=EPOCHS), EPOCHS)
default = record(lambda opt: lr_scheduler.LinearLR(opt), 7)
curves["LinearLR (warmup)"] = (warmup, "epoch")
print("ウォームアップ:", end=" ")
show(warmup, [0, 1, 5, 10, 29])
print("減衰:", end=" ")
show(decay, [0, 15, 29])
print("既定値:", end=" ")
show(default, range(7))
plot({"start_factor=0.1, total_iters=10": warmup, "end_factor=0.0, total_iters=30": decay}, "epoch", "LinearLR")

# %% [markdown]
# ## LambdaLR { #lambda-lr }
#
# [`LambdaLR`](https://docs.pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.LambdaLR.html) は、`step()` の回数 (エポック数) を受け取って係数を返す関数 `lr_lambda` を使い、学習率を「初めの学習率 × lr_lambda(epoch)」にします。既成のスケジューラにない形を自分で書くときに使います。ここでは、5 エポックかけて直線的に上げ、その後は (epoch + 1) の平方根に反比例して下げる形を書いています。`step()` の単位は関数の書き方次第で、ここではエポックごとです。


# %% alt="LambdaLR で書いたウォームアップと逆平方根の減衰。最初に上がり、そのあとゆっくり下がるグラフ"
def warmup_then_inverse_sqrt(epoch):
    warmup_epochs = 5
    return min((epoch + 1) / warmup_epochs, math.sqrt(warmup_epochs / (epoch + 1)))


lrs = record(lambda opt: lr_scheduler.LambdaLR(opt, lr_lambda=warmup_then_inverse_sqrt), EPOCHS)
curves["LambdaLR"] = (lrs, "epoch")
show(lrs, [0, 2, 4, 9, 19, 29])
plot({"LambdaLR": lrs}, "epoch", "LambdaLR (linear warmup, then 1/sqrt decay)")

# %% [markdown]
# ## ウォームアップとコサイン減衰 { #warmup-cosine }
#
# [`SequentialLR`](https://docs.pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.SequentialLR.html) は複数のスケジューラを順番につなぎます。`milestones` の回数に達すると次のスケジューラに切り替わります。最初の 5 エポックを `LinearLR` でウォームアップし、残りの 25 エポックを `CosineAnnealingLR` で下げる、よく使われる組み合わせを作ります。中の 2 つのスケジューラには同じオプティマイザを渡し、`step()` は `SequentialLR` のほうだけを呼びます。

# %% alt="SequentialLR でつないだウォームアップとコサイン減衰。最初に直線的に上がり、そのあとコサインの形で下がるグラフ"
WARMUP = 5


def warmup_cosine(opt):
    warmup = lr_scheduler.LinearLR(opt, start_factor=0.01, total_iters=WARMUP)
    cosine = lr_scheduler.CosineAnnealingLR(opt, T_max=EPOCHS - WARMUP)
    return lr_scheduler.SequentialLR(opt, schedulers=[warmup, cosine], milestones=[WARMUP])


lrs = record(warmup_cosine, EPOCHS)
curves["LinearLR + CosineAnnealingLR"] = (lrs, "epoch")
show(lrs, [0, 1, 4, 5, 6, 17, 29])
plot({"SequentialLR": lrs}, "epoch", "SequentialLR([LinearLR, CosineAnnealingLR], milestones=[5])")

# %% [markdown]
# `CosineAnnealingLR` 自体にはウォームアップの引数がありません。ウォームアップの引数を渡すと `TypeError` になるので、上のように `SequentialLR` でつなぎます。

# %%
try:
    lr_scheduler.CosineAnnealingLR(make_optimizer(), T_max=EPOCHS, warmup_epochs=WARMUP)
except TypeError as e:
    print(f"{type(e).__name__}: {e}")

# %% [markdown]
# ## すべてを並べて比べる { #compare }
#
# ここまでの曲線を、縦軸をそろえて並べます。青はエポックごと、オレンジはバッチごとに `step()` を呼ぶものです (横軸の単位が違うので、横の長さは比べられません)。

# %% alt="ここまでのすべての学習率スケジューラの曲線を、縦軸をそろえて 6 行 2 列に並べたグラフ"
colors = {"epoch": "tab:blue", "batch": "tab:orange"}
fig, axes = plt.subplots(6, 2, figsize=(5, 11), sharey=True, layout="constrained")
for ax, (name, (lrs, unit)) in zip(axes.flat[: len(curves)], curves.items(), strict=True):
    ax.plot(range(len(lrs)), lrs, color=colors[unit])
    ax.set_title(name, fontsize=10)
    ax.set_xlabel(unit, fontsize=9)
    ax.tick_params(labelsize=8)
for ax in axes.flat[len(curves) :]:
    ax.axis("off")
legend_ax = axes.flat[-1]
legend_ax.text(0.1, 0.5, "blue: stepped per epoch\norange: stepped per batch", transform=legend_ax.transAxes)
for ax in axes[:, 0]:
    ax.set_ylabel("learning rate", fontsize=9)

# %% [markdown]
# ## まとめ { #summary }
#
# | 学習率スケジューラ | `step()` を呼ぶ単位 | 主な引数 |
# | --- | --- | --- |
# | `StepLR` | エポック | `step_size`, `gamma` |
# | `MultiStepLR` | エポック | `milestones`, `gamma` |
# | `ExponentialLR` | エポック | `gamma` |
# | `CosineAnnealingLR` | 主にエポック (`T_max` はその単位で数える) | `T_max`, `eta_min` |
# | `ReduceLROnPlateau` | エポック (評価のあと、指標を渡す) | `mode`, `factor`, `patience`, `min_lr` |
# | `CyclicLR` | バッチ | `base_lr`, `max_lr`, `step_size_up`, `mode` |
# | `OneCycleLR` | バッチ | `max_lr`, `total_steps` (または `epochs` と `steps_per_epoch`) |
# | `LinearLR` | エポックまたはバッチ (`total_iters` の単位) | `start_factor`, `end_factor`, `total_iters` |
# | `LambdaLR` | エポックまたはバッチ (関数の書き方次第) | `lr_lambda` |
# | `SequentialLR` | 中のスケジューラと同じ | `schedulers`, `milestones` |
#
# どのスケジューラでも、1 回の更新では `optimizer.step()` を先に、`scheduler.step()` をあとに呼びます。
