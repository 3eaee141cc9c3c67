import torch

# GPU がなければ CPU
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
x = torch.tensor([1.0, 2.0, 3.0]).to(device)

# GPU 上のテンソルは numpy() で
# 直接変換できない (CPU では何も起きない)
if x.device.type != "cpu":
    try:
        x.numpy()
    except TypeError as e:
        print(f"{type(e).__name__}: {e}")

# .cpu() で CPU に移してから変換する。
# どのデバイスでも動く書き方
a = x.cpu().numpy()
print(a, a.dtype)

# CPU 上のテンソルに .cpu() を呼ぶと、
# コピーせず同じテンソルが返る
print(x.cpu() is x)
