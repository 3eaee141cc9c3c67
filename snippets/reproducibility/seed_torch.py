import torch

torch.manual_seed(0)
a = torch.rand(3)
# 同じプロセスの中では、乱数列の続きが出る
b = torch.rand(3)
print("a:", a)
print("b:", b)

# 同じシードを設定し直すと、
# 乱数列が最初からやり直しになる
torch.manual_seed(0)
c = torch.rand(3)
print("c:", c)
print("a と c は同じか:", torch.equal(a, c))
print("設定したシード:", torch.initial_seed())

torch.manual_seed(1)
print("シード 1:", torch.rand(3))
