import torch

torch.use_deterministic_algorithms(True)
# torch.empty は本来、値を初期化しない。
# 決定的モードでは決まった値で埋める
print(torch.empty(3))
print(torch.empty(3, dtype=torch.int64))
print("埋めるか:", torch.utils.deterministic.fill_uninitialized_memory)
