import torch

i64 = torch.tensor([1, 2])  # int64
i32 = torch.tensor([1, 2], dtype=torch.int32)
f32 = torch.tensor([0.5, 0.5])  # float32
f64 = torch.tensor([0.5, 0.5], dtype=torch.float64)

# 整数 + 浮動小数点数 -> 浮動小数点数
print((i64 + f32).dtype)
# Python の float と足しても既定の float32
print((i64 + 0.5).dtype)

# 同じ種類どうしなら大きいほうの型になる
print((i32 + i64).dtype, (f32 + f64).dtype)

# 演算の前に結果の型を調べられる
print(torch.result_type(i64, 0.5))
# 両方を表せる最小の型
print(torch.promote_types(torch.uint8, torch.int8))

# 0 次元テンソルや Python の数値は、
# 同じ種類の次元ありテンソルの型を変えない
f16 = torch.tensor([1.0, 2.0], dtype=torch.float16)
print((f16 + torch.tensor(1.0, dtype=torch.float64)).dtype)
print((f16 + torch.tensor([1.0, 1.0], dtype=torch.float64)).dtype)
