import time
import warnings

import torch
from torch.utils import benchmark

# torch 2.13 の inductor が内部で読み込む
# torch.utils.mkldnn の警告だけを消す
# (読者のコードとは無関係)
warnings.filterwarnings("ignore", message="`torch.jit.script_method` is deprecated", category=DeprecationWarning)


def f(x):
    return torch.sin(x) ** 2 + torch.cos(x) ** 2


# backend を省くと inductor
compiled = torch.compile(f)
torch.manual_seed(0)
x = torch.randn(1000)

# 1 回目の呼び出しでコンパイルする。
# その時間を含めて、1 回ずつ測る
for i in range(1, 4):
    start = time.perf_counter()
    compiled(x)
    print(f"compiled の {i} 回目: {(time.perf_counter() - start) * 1000:10.3f} ms")

# コンパイルが済んだあとの速さは Timer で比べる
for name, fn in [("f (コンパイルなし)", f), ("compiled", compiled)]:
    m = benchmark.Timer(stmt="fn(x)", globals={"fn": fn, "x": x}).blocked_autorange(min_run_time=0.2)
    print(f"{name} の中央値: {m.median * 1e6:.1f} µs")

print("結果は同じか:", torch.allclose(compiled(x), f(x)))
# inductor がディスクのキャッシュを使えたか
# (torch の内部の API。版によって変わるので、
# 確かめるためだけに使う)
counters = torch._dynamo.utils.counters["inductor"]
print(f"ディスクのキャッシュ: ヒット {counters['fxgraph_cache_hit']} 回、ミス {counters['fxgraph_cache_miss']} 回")
