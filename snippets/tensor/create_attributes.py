import torch

# テンソルは形状・データ型・デバイスを属性として持つ
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(x.shape)  # 形状 (torch.Size は tuple の一種)
print(x.dtype)  # データ型
print(x.device)  # テンソルのデータが置かれているデバイス
print(x.ndim, x.numel())  # 次元の数と要素数
print(x.size(), x.size(1))  # size() は shape と同じ。size(dim) でその次元の長さ
