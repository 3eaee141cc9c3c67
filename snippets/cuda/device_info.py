import torch

if torch.cuda.is_available():
    n = torch.cuda.device_count()
    print("GPU の数:", n)
    print("現在の GPU の番号:", torch.cuda.current_device())
    for i in range(n):
        props = torch.cuda.get_device_properties(i)
        print(f"cuda:{i}", torch.cuda.get_device_name(i))
        print("  メモリ総量 (GiB):", round(props.total_memory / 1024**3, 1))
        print("  Compute Capability:", f"{props.major}.{props.minor}")
        print("  SM の数:", props.multi_processor_count)
else:
    print("CUDA が使えません。GPU の数:", torch.cuda.device_count())
