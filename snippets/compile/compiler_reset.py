import torch


def backend(gm, example_inputs):
    print("  コンパイルしました")
    return gm.forward


@torch.compile(backend=backend)
def f(x):
    return x + 1


x = torch.zeros(3)
print("1 回目")
f(x)
print("2 回目")
f(x)
# コンパイル済みのコードとキャッシュを捨てる
torch.compiler.reset()
print("reset のあと")
f(x)
