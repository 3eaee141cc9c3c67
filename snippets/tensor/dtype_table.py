import torch

dtypes = [
    torch.uint8,
    torch.int8,
    torch.int16,
    torch.int32,
    torch.int64,
    torch.float16,
    torch.bfloat16,
    torch.float32,
    torch.float64,
    torch.bool,
    torch.complex64,
]

# itemsize は 1 要素あたりのバイト数
print(f"{'dtype':16} {'itemsize':>8} {'is_floating_point':>17} {'is_signed':>9}")
for dt in dtypes:
    print(f"{dt!s:16} {dt.itemsize:>8} {dt.is_floating_point!s:>17} {dt.is_signed!s:>9}")

# テンソルからは
# element_size() で同じ値が得られる
x = torch.zeros(4, dtype=torch.float16)
# 1 要素のバイト数と全体のバイト数
print(x.element_size(), x.element_size() * x.numel())
