import torch

x = torch.tensor([1.7, -1.7, 2.5])

# .to(dtype) で変換する。
# 結果は新しいテンソル (x 自体は変わらない)
print(x.to(torch.float16))
# 浮動小数点数 -> 整数は 0 の方向へ切り捨て
print(x.to(torch.int64))

# よく使う型には短縮メソッドがある
print(x.long(), x.int().dtype, x.double().dtype, x.half().dtype, x.bool())
i = torch.tensor([1, 2, 3])
print(i.float())

# すでに同じ型なら .to() はコピーせず、
# 同じテンソルをそのまま返す
print(x.to(torch.float32) is x, x.float() is x)

# 変換先の範囲に収まらない整数は、
# エラーにならず黙って変わる
print(torch.tensor([300]).to(torch.uint8))
