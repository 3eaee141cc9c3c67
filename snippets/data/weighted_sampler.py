import torch
from torch.utils.data import DataLoader, TensorDataset, WeightedRandomSampler

# クラス 0 が 90 個、
# クラス 1 が 10 個の不均衡なデータ
labels = torch.tensor([0] * 90 + [1] * 10)
ds = TensorDataset(torch.arange(100), labels)

class_counts = torch.bincount(labels)
# 各サンプルの重み
# = 1 / (そのサンプルのクラスのサンプル数)。
# 合計が 1 である必要はない
weights = 1.0 / class_counts[labels].float()
print("クラスごとのサンプル数:", class_counts.tolist())
print(f"重み: クラス 0 は {weights[0]:.4f}、クラス 1 は {weights[-1]:.4f}")

# 重みに比例した確率で、重複を許して
# (replacement=True) 1 エポックに 100 個を引く
sampler = WeightedRandomSampler(
    weights, num_samples=len(ds), replacement=True, generator=torch.Generator().manual_seed(0)
)
loader = DataLoader(ds, batch_size=20, sampler=sampler)

for epoch in range(3):
    batches = list(loader)
    drawn = torch.cat([y for _, y in batches])
    print(f"エポック {epoch}: 引いたクラス 0 と 1 の数 = {torch.bincount(drawn, minlength=2).tolist()}")

# 同じサンプルが何度も出る: 最後のエポックで、
# クラス 1 の 10 個が何回ずつ引かれたか
indices = torch.cat([x for x, _ in batches])
# サンプルごとの、引かれた回数
times = torch.bincount(indices, minlength=len(ds))
print("クラス 1 の各サンプルが引かれた回数:", times[90:].tolist())
print("1 回も引かれなかったクラス 0 のサンプル:", (times[:90] == 0).sum().item(), "/ 90 個")

# sampler を渡したら shuffle=True は
# 指定できない (並びを決めるのは sampler)
try:
    DataLoader(ds, sampler=sampler, shuffle=True)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
