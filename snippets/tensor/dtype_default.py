import torch

# データ型を指定しないと、
# Python の値の種類から推論される
print(torch.tensor(1).dtype)  # int -> int64
# float -> 既定の浮動小数点数型 (float32)
print(torch.tensor(1.0).dtype)
print(torch.tensor(True).dtype)  # bool -> bool
# complex -> complex64
print(torch.tensor(1j).dtype)

# 既定の浮動小数点数型
print(torch.get_default_dtype())

# 形状だけを指定して作る関数も、
# 既定では float32
print(torch.zeros(2).dtype, torch.ones(2).dtype, torch.rand(2).dtype)

# 既定の浮動小数点数型は変更できる
# (プログラム全体に効くので、戻し忘れに注意)
torch.set_default_dtype(torch.float64)
try:
    print(torch.tensor(1.0).dtype, torch.zeros(2).dtype)
finally:
    torch.set_default_dtype(torch.float32)
print(torch.tensor(1.0).dtype)
