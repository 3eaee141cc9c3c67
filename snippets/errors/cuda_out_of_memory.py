import torch

if torch.cuda.is_available():
    try:
        # 1 TiB: どの GPU にも収まらない大きさ
        torch.empty(2**40, dtype=torch.uint8, device="cuda")
    except torch.OutOfMemoryError as e:
        print(f"{type(e).__name__}: {e}")
    # 小さくすれば確保できる
    # (学習ではバッチサイズを小さくする)
    print(torch.empty(2**20, dtype=torch.uint8, device="cuda").numel())
else:
    print("CUDA が使えないため、GPU のメモリ不足は起こせません")
