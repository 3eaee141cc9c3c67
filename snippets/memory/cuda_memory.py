import torch

MiB = 1024**2


def show(label):
    allocated = torch.cuda.memory_allocated() / MiB
    reserved = torch.cuda.memory_reserved() / MiB
    print(f"{label:28} allocated {allocated:6.2f} MiB  reserved {reserved:6.2f} MiB")


if torch.cuda.is_available():
    show("最初")
    # 16 MiB
    a = torch.empty(16 * MiB, dtype=torch.uint8, device="cuda")
    # 32 MiB
    b = torch.empty(32 * MiB, dtype=torch.uint8, device="cuda")
    show("a (16 MiB) と b (32 MiB)")
    del a  # a のブロックはキャッシュに戻るだけ
    show("del a")
    # どこも使われていないセグメントだけを
    # ドライバに返す
    torch.cuda.empty_cache()
    show("empty_cache()")

    # 1 MiB 以下の小さな確保は、
    # 2 MiB のセグメントから切り出される。
    # ここでは 256 KiB × 4
    small = [torch.empty(256 * 1024, dtype=torch.uint8, device="cuda") for _ in range(4)]
    show("256 KiB × 4")
    del small[:3]  # 1 つだけ残す
    # 使用中のブロックが
    # 残るセグメントは返せない
    torch.cuda.empty_cache()
    show("3 つ消して empty_cache()")
    print(f"ピーク (max_memory_allocated): {torch.cuda.max_memory_allocated() / MiB:.2f} MiB")
else:
    print("CUDA が使えないため、GPU のメモリの統計は表示しません")
