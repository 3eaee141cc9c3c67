import torch
from torch.utils import benchmark

torch.manual_seed(0)
results = []
# まとめるテンソルの個数
for n in (10, 100, 1000):
    tensors = [torch.randn(64) for _ in range(n)]
    env = {"torch": torch, "tensors": tensors}
    for description, stmt in [
        ("stack", "torch.stack(tensors)"),
        ("cat + view", "torch.cat(tensors).view(len(tensors), -1)"),
        ("unsqueeze + cat", "torch.cat([t.unsqueeze(0) for t in tensors])"),
    ]:
        timer = benchmark.Timer(
            stmt=stmt,
            globals=env,
            label="n tensors of shape (64,) -> (n, 64)",
            sub_label=f"n={n}",
            description=description,
        )
        results.append(timer.blocked_autorange(min_run_time=0.1))

compare = benchmark.Compare(results)
# 測定のばらつきより細かい桁を表示しない
compare.trim_significant_figures()
compare.print()
