import torch

# 別名は同じ torch.dtype
# オブジェクトを指す (表示は正式名になる)
aliases = {
    "torch.long": torch.long,
    "torch.int": torch.int,
    "torch.short": torch.short,
    "torch.float": torch.float,
    "torch.double": torch.double,
    "torch.half": torch.half,
    "torch.cfloat": torch.cfloat,
}
for name, dt in aliases.items():
    print(f"{name:13} -> {dt}")

print(torch.long is torch.int64, torch.float is torch.float32)

# 注意: torch.int は 32 ビット、torch.float は
# 32 ビット (Python の int/float とは違う)
print(torch.tensor([1], dtype=torch.int).dtype, torch.tensor([1], dtype=torch.float).dtype)
