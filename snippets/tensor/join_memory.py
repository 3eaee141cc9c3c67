import torch

A = torch.ones(2, 3)
B = torch.ones(2, 3)

stacked = torch.stack((A, B))  # 形状 (2, 2, 3)
catted = torch.cat((A, B))  # 形状 (4, 3)

# 要素数もバイト数も同じ
# (どちらも入力の要素数の合計)
print("stack:", stacked.shape, "要素数", stacked.numel(), "バイト数", stacked.numel() * stacked.element_size())
print("cat:  ", catted.shape, "要素数", catted.numel(), "バイト数", catted.numel() * catted.element_size())

# どちらも新しいテンソルにコピーする。
# あとで入力を書き換えても結果は変わらない
A.zero_()
print(stacked.sum().item(), catted.sum().item())
