import torch


def show_ops(gm, example_inputs):
    """受け取ったグラフの演算の名前を表示するバックエンド"""
    ops = [node.target.__name__ for node in gm.graph.nodes if node.op == "call_function"]
    print("  グラフ:", ops)
    return gm.forward


@torch.compiler.disable
def check_finite(x):
    # この関数はコンパイルせず、
    # ふつうの Python として実行する
    if not torch.isfinite(x).all():
        raise ValueError("NaN か inf があります")


@torch.compile(backend=show_ops)
def f(x):
    y = torch.sin(x) * 2
    check_finite(y)
    return torch.cos(y) + 1


torch.manual_seed(0)
x = torch.randn(4)
print("1 回目の呼び出し")
out = f(x)
print("2 回目の呼び出し")
out = f(x)
print("元の計算と同じ結果か:", torch.equal(out, torch.cos(torch.sin(x) * 2) + 1))
