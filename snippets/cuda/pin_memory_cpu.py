import torch

x = torch.arange(4.0)
# 通常の CPU テンソルはページロックされていない
print(x.is_pinned())

# ページロック (ピン留め) したコピーを作る。
# アクセラレータが必要
try:
    p = x.pin_memory()
    print(p.is_pinned(), x.is_pinned())
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
