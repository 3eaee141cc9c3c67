import torch
from torch.utils.data import DataLoader

# 長さの違う系列 (例: 単語 ID の列) を
# 1 サンプルずつ持つデータ
sequences = [torch.tensor([1, 2, 3]), torch.tensor([4, 5]), torch.tensor([6])]

# 既定の collate は torch.stack で
# まとめるので、形状がそろっていないと失敗する
loader = DataLoader(sequences, batch_size=3)
try:
    next(iter(loader))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
