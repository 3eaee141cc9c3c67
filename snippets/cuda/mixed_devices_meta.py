import torch

# "meta" デバイスのテンソルは形状と
# データ型だけを持ち、値を持たない (GPU は不要)
cpu = torch.ones(2)
meta = torch.ones(2, device="meta")
print(meta)

# CPU と meta のテンソルを 1 つの演算に
# 混ぜると、どちらの順でも例外になる
for a, b in [(cpu, meta), (meta, cpu)]:
    try:
        torch.inner(a, b)
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
