import torch

x = torch.arange(6).reshape(2, 3)
# 形状 (3, 2)。データはコピーされず、
# ストライドだけが入れ替わる
t = x.transpose(0, 1)

print("x:", x.stride(), x.is_contiguous())
print("t:", t.stride(), t.is_contiguous())

# 連続でないテンソルは、
# 多くの場合 view で形状を変えられない
try:
    t.view(6)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 対処 1: contiguous() で連続なテンソルに
# コピーしてから view する
print(t.contiguous().view(6))
# 対処 2: reshape を使う
# (必要なときだけコピーする)
print(t.reshape(6))
