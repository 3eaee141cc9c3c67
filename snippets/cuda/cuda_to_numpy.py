import torch

# アクセラレータ (CUDA の GPU など) が
# 使えればそれを、なければ CPU を使う
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")

x = torch.tensor([1.0, 2.0, 3.0]).to(device)
if x.device.type != "cpu":
    # GPU 上のテンソルは直接
    # NumPy 配列にできない
    try:
        x.numpy()
    except (TypeError, RuntimeError) as e:
        print(f"{type(e).__name__}: {e}")

# .cpu() で CPU に移してから変換する
# (CPU 上なら .cpu() は何もしない)
arr = x.cpu().numpy()
print(type(arr).__name__, arr)
