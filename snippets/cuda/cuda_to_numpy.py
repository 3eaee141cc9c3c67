# output-check: cpu
import torch

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")  # GPU がなければ CPU

x = torch.tensor([1.0, 2.0, 3.0]).to(device)
if x.device.type == "cuda":
    # GPU 上のテンソルは直接 NumPy 配列にできない
    try:
        x.numpy()
    except (TypeError, RuntimeError) as e:
        print(f"{type(e).__name__}: {e}")

# .cpu() で CPU に移してから変換する (CPU 上なら .cpu() は何もしない)
arr = x.cpu().numpy()
print(type(arr).__name__, arr)
