import torch

# アクセラレータ (CUDA の GPU など) が
# 使えればそれを、なければ CPU を使う
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")

x = torch.arange(4.0)
if device.type == "cuda":
    # ピン留めしたメモリからホスト→デバイスへ
    # コピーすると、CPU を待たせずに
    # 転送を始められる
    x_pinned = x.pin_memory()
    y = x_pinned.to(device, non_blocking=True)
    # 同じストリームに並ぶ GPU の演算は、
    # 転送の完了を待ってから実行される
    z = y * 2
    # デバイス→ホストの非同期コピーは、
    # 同期するまで値を読んではいけない
    back = z.to("cpu", non_blocking=True)
    torch.cuda.synchronize()
    print(back)
else:
    # CUDA 以外 (GPU のないマシンでは CPU)。
    # 移動が要らないときは何もせず、
    # x そのものが返る
    y = x.to(device, non_blocking=True)
    print(y is x, y * 2)
