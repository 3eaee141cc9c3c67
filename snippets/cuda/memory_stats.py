import torch

MiB = 1024**2


def report(label: str) -> None:
    allocated = torch.cuda.memory_allocated() / MiB
    reserved = torch.cuda.memory_reserved() / MiB
    print(f"{label}: allocated={allocated:.0f} MiB, reserved={reserved:.0f} MiB")


if torch.cuda.is_available():
    device = torch.device("cuda")
    # float32 (4 バイト) で 64 MiB。
    # 10 MiB 以上なので、1 つずつ専用の
    # セグメントに置かれるはず
    n = 16 * 1024**2
    a = torch.zeros(n, device=device)
    b = torch.zeros(n, device=device)
    report("a, b を確保")
    # a のメモリはキャッシュに戻るが、
    # ドライバには返されない
    del a
    report("del a のあと")
    # どのテンソルも使っていない
    # セグメントだけをドライバに返す
    torch.cuda.empty_cache()
    # b はまだ参照されているので、
    # b のセグメントは残る
    report("empty_cache のあと")
    print(f"ピーク: {torch.cuda.max_memory_allocated() / MiB:.0f} MiB")
else:
    print("CUDA が使えないため、GPU のメモリの統計は表示しません")
