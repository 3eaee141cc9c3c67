import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
# 目標値を大きくして勾配を大きくする
x, y = torch.randn(8, 4), 100 * torch.randn(8, 2)


def grad_norm(params):
    # すべてのパラメータの勾配をまとめて
    # 1 本のベクトルとみなしたときの L2 ノルム
    return torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(p.grad) for p in params]))


optimizer.zero_grad()
loss = nn.functional.mse_loss(model(x), y)
loss.backward()  # 1. 勾配を計算する
print(f"クリップ前のノルム (手計算): {grad_norm(model.parameters()):.4f}")
# 2. backward の後、step の前
total_norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(f"clip_grad_norm_ の戻り値   : {total_norm:.4f}")
print(f"クリップ後のノルム         : {grad_norm(model.parameters()):.4f}")
# 3. クリップ済みの勾配で更新する
optimizer.step()

# ノルムが max_norm 以下なら勾配はそのまま
optimizer.zero_grad()
nn.functional.mse_loss(model(x), y / 1000).backward()
before = grad_norm(model.parameters())
ret = nn.utils.clip_grad_norm_(model.parameters(), max_norm=10.0)
print(f"max_norm=10 のとき: 戻り値 {ret:.4f}, クリップ後 {grad_norm(model.parameters()):.4f} (前と同じ: {before:.4f})")
