import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x + 2
z = y * y * 3
out = z.mean()


def show(node, depth=0):
    """grad_fn から next_functions をたどって、計算グラフを木の形で表示する"""
    indent = "  " * depth
    if node is None:
        # 勾配の要らない入力
        # (定数 3 や 2 など) への辺
        print(f"{indent}None")
        return
    if hasattr(node, "variable"):
        # AccumulateGrad: 葉テンソルの
        # .grad に勾配を書き込むノード
        print(f"{indent}{node.name()} -> 葉テンソル {node.variable}")
        return
    print(f"{indent}{node.name()}")
    for child, _ in node.next_functions:
        show(child, depth + 1)


show(out.grad_fn)
