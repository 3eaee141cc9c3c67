import time

import torch

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")

if device.type == "cuda":
    x = torch.randn(4096, 4096, device=device)
    # 試しの実行 (初回だけの準備をすませる)
    x @ x
    torch.cuda.synchronize()

    start = time.perf_counter()
    # GPU に計算を投入するだけで、
    # 終わるのを待たずに戻る
    y = x @ x
    no_sync = time.perf_counter() - start
    torch.cuda.synchronize()

    start = time.perf_counter()
    y = x @ x
    # GPU の計算が終わるまで待ってから
    # 時計を読む
    torch.cuda.synchronize()
    with_sync = time.perf_counter() - start

    print(f"synchronize なし: {no_sync * 1000:.3f} ms")
    print(f"synchronize あり: {with_sync * 1000:.3f} ms")
else:
    print(f"デバイス: {device}。CUDA の GPU がないので、この比較は行いません")
