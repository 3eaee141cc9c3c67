import torch

# 12 要素 × 4 バイト = 48 バイト
x = torch.arange(12, dtype=torch.float32)
# x のストレージの先頭のアドレス
base = x.untyped_storage().data_ptr()
views = {"x.view(3, 4)": x.view(3, 4), "x[2:5]": x[2:5], "x.view(3, 4).t()": x.view(3, 4).t()}

for name, v in views.items():
    print(
        f"{name:17} 同じストレージか: {v.untyped_storage().data_ptr() == base}  "
        f"先頭からのずれ: {v.data_ptr() - base:2} バイト  "
        f"nbytes: {v.nbytes:2}  ストレージの nbytes: {v.untyped_storage().nbytes()}"
    )

v = x[2:5]
# ビューに書くと元のテンソルも変わる
v[0] = 100.0
print("x[2]:", x[2].item())

# clone は必要な分だけの新しいストレージを持つ
c = x[2:5].clone()
print(
    "clone: 同じストレージか:",
    c.untyped_storage().data_ptr() == base,
    " ストレージの nbytes:",
    c.untyped_storage().nbytes(),
)
