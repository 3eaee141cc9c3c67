import torch
from torch.utils import benchmark

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")

if device.type == "cuda":
    # 64 MiB (float32)
    x = torch.randn(16, 1024, 1024)
    # ピン留めしたコピーを前もって作っておく
    x_pinned = x.pin_memory()
    env = {"x": x, "x_pinned": x_pinned, "device": device}
    results = []
    for description, stmt in [
        # ふつうのメモリ (ページング可能) から
        ("pageable", "x.to(device)"),
        # ピン留め済みのメモリから
        ("pinned", "x_pinned.to(device, non_blocking=True)"),
        # 毎回ピン留めしてから
        ("pin_memory() each time", "x.pin_memory().to(device, non_blocking=True)"),
    ]:
        # Timer は時計を読む前に
        # GPU と同期するので、
        # 転送が終わるまでの時間になる
        timer = benchmark.Timer(stmt=stmt, globals=env, label="CPU -> GPU copy (64 MiB)", description=description)
        results.append(timer.blocked_autorange(min_run_time=0.5))
    benchmark.Compare(results).print()
else:
    print(f"デバイス: {device}。CUDA の GPU がないので、この比較は行いません")
