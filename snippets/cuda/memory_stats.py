# output-check: cpu
import torch


def report(label: str) -> None:
    mib = 1024**2
    allocated = torch.cuda.memory_allocated() / mib
    reserved = torch.cuda.memory_reserved() / mib
    print(f"{label}: allocated={allocated:.1f} MiB, reserved={reserved:.1f} MiB")


if torch.cuda.is_available():
    a = torch.zeros(1024, 1024, device="cuda")  # float32 で 4 MiB
    b = torch.zeros(1024, 1024, device="cuda")
    report("a, b を確保")
    del a  # a のメモリはキャッシュに戻るが、ドライバには返されない
    report("del a のあと")
    torch.cuda.empty_cache()  # 使われていないキャッシュだけをドライバに返す
    report("empty_cache のあと")  # b はまだ参照されているので解放されない
    print("ピーク:", torch.cuda.max_memory_allocated() / 1024**2, "MiB")
    del b
else:
    print("CUDA が使えないため、GPU のメモリ統計は表示しません")
