import torch

a = torch.tensor([7, 8, 9])
b = torch.tensor([2, 3, 4])

# 演算子と、同じ計算をする関数の組み合わせ
pairs = {
    "a + b ": (a + b, torch.add(a, b)),
    "a - b ": (a - b, torch.sub(a, b)),
    "a * b ": (a * b, torch.mul(a, b)),
    "a / b ": (a / b, torch.div(a, b)),
    "a // b": (a // b, torch.floor_divide(a, b)),
    "a % b ": (a % b, torch.remainder(a, b)),
    "a ** b": (a**b, torch.pow(a, b)),
}
for name, (by_operator, by_function) in pairs.items():
    print(f"{name} = {by_operator}  関数と同じ: {torch.equal(by_operator, by_function)}")

# @ は行列積 (torch.matmul) の演算子
m = torch.tensor([[1, 2], [3, 4]])
n = torch.tensor([[0, 1], [1, 0]])
print(m @ n)
print(torch.equal(m @ n, torch.matmul(m, n)))
