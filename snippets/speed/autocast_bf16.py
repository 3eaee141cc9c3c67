import torch
from torch.utils import benchmark

print("この CPU で torch が使う命令セット:", torch.backends.cpu.get_cpu_capability())

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(1024, 1024), torch.nn.ReLU(), torch.nn.Linear(1024, 1024))


def forward_fp32(x):
    with torch.no_grad():
        return model(x)


def forward_bf16(x):
    with torch.no_grad(), torch.autocast(device_type="cpu", dtype=torch.bfloat16):
        return model(x)


x = torch.randn(256, 1024)
print("autocast の中の出力のデータ型:", forward_bf16(x).dtype)
print(f"float32 との差の最大値: {(forward_bf16(x).float() - forward_fp32(x)).abs().max().item():.4f}")

results = []
for batch in (16, 256):
    x = torch.randn(batch, 1024)
    for description, fn in [("float32", forward_fp32), ("autocast bfloat16", forward_bf16)]:
        timer = benchmark.Timer(
            stmt="fn(x)",
            globals={"fn": fn, "x": x},
            label="Linear x2 forward",
            sub_label=f"batch={batch}",
            description=description,
        )
        results.append(timer.blocked_autorange(min_run_time=0.2))
compare = benchmark.Compare(results)
compare.trim_significant_figures()
compare.print()
