import time

import torch
from torch.utils import benchmark

print("torch のスレッド数:", torch.get_num_threads())
torch.manual_seed(0)
lstm = torch.nn.LSTM(input_size=32, hidden_size=32)
# (系列長, バッチ, 特徴量)
x = torch.randn(10, 1, 32)

with torch.no_grad():
    # 同じ計算を 1 回ずつ time.time() で測る
    for i in range(1, 6):
        start = time.time()
        lstm(x)
        print(f"{i} 回目: {(time.time() - start) * 1000:8.3f} ms")

    # 同じ計算を Timer で測る
    # (試しの実行のあと、何回も実行した統計)
    m = benchmark.Timer(stmt="lstm(x)", globals={"lstm": lstm, "x": x}).blocked_autorange(min_run_time=0.5)
    print(f"Timer の中央値: {m.median * 1000:.3f} ms ({len(m.times)} 回の計測 × {m.number_per_run} 回の実行)")
