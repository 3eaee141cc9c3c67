import torch


def backend(gm, example_inputs):
    # グラフの引数の行だけを表示
    print("  コンパイル:", gm.code.strip().splitlines()[0])
    return gm.forward


# dynamic=True: すべての次元の大きさを
# 最初から変数として扱うグラフを作る
@torch.compile(backend=backend, dynamic=True)
def f(x):
    return torch.relu(x) * 2


for n in (4, 8, 16):
    print(f"f(torch.randn({n}, 3))")
    f(torch.randn(n, 3))


@torch.compile(backend=backend)
def g(x):
    return torch.relu(x) * 2


# mark_dynamic: このテンソルの 0 番目の次元
# (バッチの大きさ) だけを変数として扱う
for n in (4, 8, 16):
    x = torch.randn(n, 3)
    torch._dynamo.mark_dynamic(x, 0)
    print(f"g(torch.randn({n}, 3))  # 0 番目の次元に mark_dynamic")
    g(x)
