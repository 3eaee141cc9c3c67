import torch

# torch.device は GPU がなくても作れる
# (作るだけなら GPU に触れない)
for d in [torch.device("cpu"), torch.device("cuda"), torch.device("cuda:0"), torch.device("cuda", 1)]:
    print(repr(d), "type =", d.type, "index =", d.index)

# 番号なしの "cuda" と
# "cuda:0" は別の値として比較される
print(torch.device("cuda") == torch.device("cuda:0"))
# 文字列の "cuda:1" と
# torch.device("cuda", 1) は同じ
print(torch.device("cuda:1") == torch.device("cuda", 1))
