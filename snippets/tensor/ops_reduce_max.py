import torch

m = torch.tensor([[3, 9, 4], [8, 1, 7]])

# dim なしでは全体の最大値だけが返る
print(torch.max(m))

# dim を指定すると、最大値 (values) と
# その位置 (indices) の組が返る
result = torch.max(m, dim=1)
print(result.values)
print(result.indices)

values, indices = m.max(dim=0, keepdim=True)
print(values, values.shape)

# 位置だけが欲しいときは argmax
print(torch.argmax(m, dim=1))
