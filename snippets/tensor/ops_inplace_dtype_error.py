import torch

a = torch.tensor([1, 2, 3])  # int64

# インプレース演算ではデータ型を
# 変えられないので、int64 に 0.5 は足せない
try:
    a.add_(0.5)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 新しいテンソルを返す
# add なら float32 の結果になる
b = a.add(0.5)
print(b, b.dtype)

# 逆に float32 のテンソルに整数を足すのは、
# 結果が float32 に収まるので
# インプレースでもできる
f = torch.tensor([1.0, 2.0])
f.add_(torch.tensor([1, 1]))
print(f, f.dtype)
