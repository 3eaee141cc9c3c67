import torch
from torch.utils.data import DataLoader, SubsetRandomSampler

# 値はインデックスの 10 倍
data = [i * 10 for i in range(10)]
# 使うのはこのインデックスだけ
indices = [1, 3, 5, 7, 9]

sampler = SubsetRandomSampler(indices, generator=torch.Generator().manual_seed(0))
loader = DataLoader(data, batch_size=5, sampler=sampler)
print("len(sampler):", len(sampler), " len(loader):", len(loader))

# indices の中だけを、
# エポックごとに並びを変えて 1 回ずつ読む
for epoch in range(3):
    for batch in loader:
        print(f"エポック {epoch}:", batch.tolist())
