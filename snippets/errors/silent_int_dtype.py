import torch

# 整数のリストから作ったので int64
scores = torch.tensor([1, 2, 3])
print(scores.dtype)

# 小数を代入すると、黙って整数に切り捨てられる
scores[0] = 0.7
print(scores)

# 結果が小数になるインプレース演算は
# エラーになる
try:
    scores += 0.5
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 画像によく使う uint8 (0〜255) の
# 足し算はあふれて折り返す
pixel = torch.tensor([200], dtype=torch.uint8)
print(pixel + 100)

# 最初から浮動小数点数型で作る
scores = torch.tensor([1, 2, 3], dtype=torch.float32)
scores[0] = 0.7
scores += 0.5
print(scores, pixel.float() + 100)
