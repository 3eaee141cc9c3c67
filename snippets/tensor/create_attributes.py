import torch

# テンソルは形状・データ型・デバイスを
# 属性として持つ
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
# 形状 (torch.Size は tuple の一種)
print(x.shape)
print(x.dtype)  # データ型
# テンソルのデータが置かれているデバイス
print(x.device)
print(x.ndim, x.numel())  # 次元の数と要素数
# size() は shape と同じ。
# size(dim) でその次元の長さ
print(x.size(), x.size(1))
