import torch

x = torch.tensor([1.0, 2.0])

# x.type() は dtype ではなく「旧式の型名」を
# 文字列で返す
print(x.type(), type(x.type()))
print(torch.tensor([1, 2]).type(), torch.tensor([True]).type())
print(torch.tensor([1.0], dtype=torch.float16).type(), torch.tensor([1.0], dtype=torch.bfloat16).type())

# complex64 の型名は文字列としては返るが、
# その名前のクラスは torch にない
print(torch.tensor([1j]).type(), hasattr(torch, "ComplexFloatTensor"))

# 旧式の型名で isinstance を調べられる
# (CPU の float32 なら torch.FloatTensor)
print(isinstance(x, torch.FloatTensor), isinstance(x, torch.DoubleTensor))
# CPU のテンソルなので False
print(isinstance(x, torch.cuda.FloatTensor))
# どのテンソルも torch.Tensor のインスタンス
print(isinstance(x, torch.Tensor))

# 旧式の型オブジェクトは dtype を持つ。
# 今のコードでは dtype と device を直接調べる
print(torch.ByteTensor.dtype, torch.LongTensor.dtype)
print(x.dtype == torch.float32 and x.device.type == "cpu")
