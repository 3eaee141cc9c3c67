import torch

# torch.device は種類と番号 (index) の組。
# 作るだけなら GPU は要らない
for name in ["cpu", "cuda", "cuda:0", "cuda:2"]:
    d = torch.device(name)
    print(f"{name!r:9} -> type={d.type!r}, index={d.index}")

# 番号は引数で渡すこともできる
print(torch.device("cuda", 1))

# 番号なしの "cuda" は「現在の GPU」を意味し、
# "cuda:0" とは別の値として扱われる
print(torch.device("cuda") == torch.device("cuda:0"))

# 使える GPU の数 (CPU だけの環境では 0)。
# 番号は 0 から device_count() - 1 まで
print(torch.cuda.device_count())
