import inspect
import re

from torch.utils.data import DataLoader

# 既定値は実際のシグネチャで確かめる
params = inspect.signature(DataLoader.__init__).parameters
for name in ("batch_size", "shuffle", "sampler", "generator", "drop_last", "collate_fn", "num_workers", "pin_memory"):
    print(f"{name}={params[name].default!r}")

# 説明文 (docstring) には、
# 以前の既定値 False が書かれたまま
doc = re.search(r"shuffle \(bool, optional\).*?\(default: ``(\w+)``\)", DataLoader.__doc__, re.DOTALL)
print("docstring に書かれた shuffle の既定値:", doc.group(1))

# map-style のデータセットでは、
# None (指定なし) は False と同じ扱いで、
# 先頭から順に読む
data = list(range(8))
for kwargs in ({}, {"shuffle": None}, {"shuffle": False}, {"shuffle": True}):
    loader = DataLoader(data, batch_size=8, **kwargs)
    print(f"{kwargs!s:18} サンプラー: {type(loader.sampler).__name__}")
print("既定のままの並び:", next(iter(DataLoader(data, batch_size=8))).tolist())
