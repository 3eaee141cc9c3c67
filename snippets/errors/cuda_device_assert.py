import torch
import torch.nn.functional as F

num_classes = 3
logits = torch.zeros(5, num_classes)
# 3 はクラスの範囲 (0〜2) の外
labels = torch.tensor([0, 2, 3, 1, 3])

# 同じ計算を CPU で実行すると、
# 何が悪いかが読める例外になる
try:
    F.cross_entropy(logits, labels)
except IndexError as e:
    print(f"{type(e).__name__}: {e}")

# GPU へ送る前に、
# 範囲外のラベルがどこにあるかを調べる
bad = (labels < 0) | (labels >= num_classes)
print("範囲外のラベルの位置:", bad.nonzero().flatten().tolist(), "値:", labels[bad].tolist())
