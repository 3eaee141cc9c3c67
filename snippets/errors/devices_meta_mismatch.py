import torch

a = torch.zeros(2)  # CPU
# meta デバイス (形状とデータ型だけを持つ。
# GPU は要らない)
b = torch.zeros(2, device="meta")

# デバイスの違うテンソルを 1 つの演算に
# 混ぜると、どちらの順でも例外になる
for x, y in [(a, b), (b, a)]:
    try:
        x + y
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")

# 片方をもう片方のデバイスへ
# 移してそろえれば計算できる
print((a.to(b.device) + b).device)
