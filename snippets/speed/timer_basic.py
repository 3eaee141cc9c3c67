import torch
from torch.utils import benchmark

torch.manual_seed(0)
a = torch.randn(128, 128)
b = torch.randn(128, 128)

# stmt は文字列のコード。
# 使う変数は globals で渡す
timer = benchmark.Timer(stmt="a @ b", globals={"a": a, "b": b}, label="行列積", sub_label="128x128")
# min_run_time 秒以上かかるまで、まとめて何回も
# 実行して測る (最初に試しの実行もする)
m = timer.blocked_autorange(min_run_time=0.5)
print(m)
print()
print(f"中央値 {m.median * 1e6:.1f} µs、平均 {m.mean * 1e6:.1f} µs、四分位範囲 {m.iqr * 1e6:.1f} µs")
print(f"{len(m.times)} 回の計測 × 1 回あたり {m.number_per_run} 回の実行")
