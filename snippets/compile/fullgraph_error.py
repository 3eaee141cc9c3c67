import torch


def f(x):
    y = torch.sin(x)
    print("途中の print")
    return torch.cos(y)


# fullgraph=True: グラフブレイクを許さず、
# 1 つのグラフにできなければ例外にする
compiled = torch.compile(f, backend="eager", fullgraph=True)
try:
    compiled(torch.ones(4))
except torch._dynamo.exc.Unsupported as e:
    print(f"{type(e).__name__}: {e}")
