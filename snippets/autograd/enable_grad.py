import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)


# デコレータとして付けた関数の中は、
# 呼び出し側が no_grad でも記録される
@torch.enable_grad()
def double(t):
    return t * 2


with torch.no_grad():
    a = x * 2
    with torch.enable_grad():
        # no_grad の中でも、ここだけ記録される
        b = x * 2
    c = double(x)

print("a.requires_grad:", a.requires_grad)
print("b.requires_grad:", b.requires_grad)
print("c.requires_grad:", c.requires_grad)

b.sum().backward()
print("x.grad:", x.grad)
