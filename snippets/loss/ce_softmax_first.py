import torch
from torch import nn

# 3 クラス分類。正解はどちらもクラス 0
# 1 行目: 正解に大差で高いスコア (ほぼ完璧)
# 2 行目: 別のクラスに大差で高いスコア (大外れ)
logits = torch.tensor([[10.0, -5.0, -5.0], [-5.0, 10.0, -5.0]])
target = torch.tensor([0, 0])
loss_fn = nn.CrossEntropyLoss(reduction="none")

# 正しい使い方: ロジットをそのまま渡す
# (内部で log_softmax が計算される)
print("ロジットを渡す      :", loss_fn(logits, target))

# 誤り: 先に softmax を掛けた確率を渡す。
# エラーにはならないが、値が変わる
probs = torch.softmax(logits, dim=1)
print("softmax 後の値を渡す:", loss_fn(probs, target))

# 0〜1 の確率をもう一度 softmax に
# かけることになるので、損失は
# log(1 + 2/e) から log(2 + e) の
# 狭い範囲にしか動かない
e = torch.exp(torch.tensor(1.0))
print("log(1 + 2/e), log(2 + e):", torch.log(1 + 2 / e), torch.log(2 + e))
