import torch

# CPU 用の旧式コンストラクタは今も動き、
# 警告も出ない
a = torch.FloatTensor([1, 2, 3])
# 整数を並べると未初期化 (中身は表示しない)
b = torch.LongTensor(2, 3)
print(a, a.dtype)
print(b.shape, b.dtype)

# 既定の型を旧式の型名で切り替える関数は
# 非推奨で、UserWarning が出る
torch.set_default_tensor_type(torch.DoubleTensor)
# 元に戻す
torch.set_default_tensor_type(torch.FloatTensor)

# 現代的な書き方: torch.tensor / torch.empty に
# dtype (と device) を渡す
print(torch.tensor([1, 2, 3], dtype=torch.float32))
print(torch.empty(2, 3, dtype=torch.int64).shape)
