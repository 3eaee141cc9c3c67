import torch

compile_count = 0


def counting_backend(gm, example_inputs):
    """呼ばれた回数 (= コンパイルした回数) を数えるだけのバックエンド"""
    global compile_count
    compile_count += 1
    inputs = [f"SymInt {t}" if isinstance(t, torch.SymInt) else f"Tensor{tuple(t.shape)}" for t in example_inputs]
    print(f"  コンパイル {compile_count} 回目: 入力 {inputs}")
    return gm.forward


@torch.compile(backend=counting_backend)
def f(x):
    return torch.relu(x) * 2


for n in (4, 4, 8, 16, 32, 4):
    print(f"f(torch.randn({n}))")
    f(torch.randn(n))

# 形状のほかに、データ型が変わっても
# 再コンパイルになる
print("f(torch.randn(4, dtype=torch.float64))")
f(torch.randn(4, dtype=torch.float64))
print("コンパイルした回数:", compile_count)
