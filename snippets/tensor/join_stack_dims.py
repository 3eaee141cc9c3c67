import torch

A = torch.tensor([[1, 2], [3, 4]])
B = torch.tensor([[5, 6], [7, 8]])
print("A.shape:", A.shape, "B.shape:", B.shape)

# dim=0: 新しい先頭の次元で重ねる
# (結果[i] は i 番目の入力そのもの)
S0 = torch.stack((A, B), dim=0)
print("dim=0:", S0.shape)
print(S0)

# dim=1: 新しい次元を 1 番目に入れる
# (結果[i] は A[i] と B[i] を並べたもの)
S1 = torch.stack((A, B), dim=1)
print("dim=1:", S1.shape)
print(S1)
