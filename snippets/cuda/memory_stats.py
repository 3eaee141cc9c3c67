import torch

MiB = 1024**2


def report(label: str) -> None:
    allocated = torch.cuda.memory_allocated() / MiB
    reserved = torch.cuda.memory_reserved() / MiB
    print(f"{label}: allocated={allocated:.0f} MiB, reserved={reserved:.0f} MiB")


if torch.cuda.is_available():
    device = torch.device("cuda")
    n = 16 * 1024**2  # float32 (4 バイト) で 64 MiB。10 MiB 以上なので、1 つずつ専用のセグメントに置かれるはず
    a = torch.zeros(n, device=device)
    b = torch.zeros(n, device=device)
    report("a, b を確保")
    del a  # a のメモリはキャッシュに戻るが、ドライバには返されない
    report("del a のあと")
    torch.cuda.empty_cache()  # どのテンソルも使っていないセグメントだけをドライバに返す
    report("empty_cache のあと")  # b はまだ参照されているので、b のセグメントは残る
    print(f"ピーク: {torch.cuda.max_memory_allocated() / MiB:.0f} MiB")
else:
    print("CUDA が使えないため、GPU のメモリの統計は表示しません")
