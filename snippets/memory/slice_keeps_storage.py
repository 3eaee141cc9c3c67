import io

import torch

# 4,000,000 バイト
big = torch.zeros(1_000_000)
head = big[:10]  # 先頭の 10 要素のビュー
# 先頭の 10 要素のコピー
head_copy = big[:10].clone()
# 名前を消しても、ビューが
# ストレージを参照している
del big

print("ビュー: nbytes", head.nbytes, " ストレージの nbytes", head.untyped_storage().nbytes())
print("clone : nbytes", head_copy.nbytes, " ストレージの nbytes", head_copy.untyped_storage().nbytes())

# torch.save もストレージごと保存する
for name, t in (("ビュー", head), ("clone", head_copy)):
    buffer = io.BytesIO()
    torch.save(t, buffer)
    print(f"torch.save の大きさ ({name}): {buffer.getbuffer().nbytes:,} バイト")
