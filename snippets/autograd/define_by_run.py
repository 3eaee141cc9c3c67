import torch


def f(x):
    # 普通の Python の if と for。実際に
    # 通った経路だけが計算グラフに記録される
    if x.sum() > 0:
        y = x**2
    else:
        y = x * 3
    for _ in range(2):
        y = y + x
    return y.sum()


def chain(node):
    """grad_fn から 1 本目の辺をたどって、演算の名前を並べる"""
    names = []
    while node is not None:
        names.append(node.name())
        node = node.next_functions[0][0] if node.next_functions else None
    return " <- ".join(names)


for values in ([1.0, 2.0], [-1.0, -2.0]):
    x = torch.tensor(values, requires_grad=True)
    out = f(x)
    out.backward()
    print(f"x = {values}")
    print("  グラフ:", chain(out.grad_fn))
    print("  x.grad:", x.grad)
