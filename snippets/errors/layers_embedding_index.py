import torch
from torch import nn

torch.manual_seed(0)
# 単語 ID 0〜9 の 10 語ぶんの埋め込み
embedding = nn.Embedding(num_embeddings=10, embedding_dim=3)

try:
    # 10 は範囲の外
    embedding(torch.tensor([3, 10]))
except IndexError as e:
    print(f"{type(e).__name__}: {e}")

try:
    # ID が浮動小数点数
    embedding(torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

ids = torch.tensor([3, 9])
print("ID の最大値:", ids.max().item(), "< num_embeddings:", embedding.num_embeddings)
print(embedding(ids).shape)
