import torch

a = torch.tensor([7, -7])  # int64

# / は常に「真の除算」。
# 整数どうしでも結果は浮動小数点数になる
print(a / 2)

# 整数の結果が欲しいときは
# // (床関数での除算) か rounding_mode を使う
print(a // 2)
# 負の方向へ丸める
print(torch.div(a, 2, rounding_mode="floor"))
# 0 の方向へ丸める
print(torch.div(a, 2, rounding_mode="trunc"))
