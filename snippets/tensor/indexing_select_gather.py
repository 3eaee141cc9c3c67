import torch

A = torch.arange(12).reshape(3, 4)

# index_select(dim, index):
# 指定した次元に沿ってインデックスで選ぶ
# (A[:, [0, 2]] と同じ)
print(A.index_select(1, torch.tensor([0, 2])))

# gather(dim, index):
# 行ごとに違う位置から取り出す
# 例: 3 サンプルの各クラスのスコアから、
# 正解クラスのスコアだけを取り出す
scores = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2], [0.2, 0.2, 0.6]])
labels = torch.tensor([1, 0, 2])
# index は入力と同じ次元数にする
picked = scores.gather(1, labels.unsqueeze(1))
print(picked)
print(picked.squeeze(1))

# 同じことを高度なインデックスで書くと
print(scores[torch.arange(3), labels])
