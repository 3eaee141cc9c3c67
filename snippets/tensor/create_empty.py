import torch

# empty はメモリを確保するだけで、
# 値を初期化しない
x = torch.empty(2, 3)
# 中身は不定なので表示しない
print(x.shape, x.dtype)

# 使う前に必ず値を書き込む。
# 最初から 0 が欲しいなら zeros を使う
x.fill_(1.5)
print(x)
