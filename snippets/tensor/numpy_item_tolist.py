import torch

# item(): 要素が 1 つのテンソルから
# Python の数値を取り出す
loss = torch.tensor(0.25)
print(loss.item(), type(loss.item()))
print(torch.tensor([7]).item(), type(torch.tensor([7]).item()))

# float32 の値を Python の float
# (64 ビット) にすると、丸め誤差が見える
print(torch.tensor(0.1).item())

# 要素が 2 つ以上あると item() はエラーになる
try:
    torch.tensor([1.0, 2.0]).item()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# tolist(): 入れ子の Python リストに変換する
m = torch.tensor([[1, 2], [3, 4]])
print(m.tolist(), type(m.tolist()[0][0]))
# 0 次元ならリストではなく数値
print(torch.tensor(5).tolist())
