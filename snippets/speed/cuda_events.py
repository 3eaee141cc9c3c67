import torch

if not torch.cuda.is_available():
    print("CUDA が使えないため、CUDA イベントの例はスキップしました")
else:
    torch.manual_seed(0)
    a = torch.randn(4096, 4096, device="cuda")
    b = torch.randn(4096, 4096, device="cuda")
    # 準備運転 (初回だけかかる準備を済ませる)
    a @ b

    start = torch.cuda.Event(enable_timing=True)
    end = torch.cuda.Event(enable_timing=True)
    # GPU の処理の列に「開始」の印を入れる
    start.record()
    for _ in range(10):
        a @ b
    end.record()
    # end の印まで GPU の処理が終わるのを待つ
    end.synchronize()
    print(f"行列積 1 回あたり: {start.elapsed_time(end) / 10:.3f} ms")
