import torch

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")

# CPU 以外のデバイスのテンソルは NumPy の
# 配列にできない。GPU がなくても
# meta デバイスで試せる
try:
    torch.ones(2, device="meta").numpy()
except TypeError as e:
    print(f"{type(e).__name__}: {e}")

x = torch.ones(2, device=device)
if device.type != "cpu":
    try:
        x.numpy()
    except TypeError as e:
        print(f"{type(e).__name__}: {e}")

# 先に .cpu() で CPU へコピーしてから変換する
print(x.cpu().numpy())
