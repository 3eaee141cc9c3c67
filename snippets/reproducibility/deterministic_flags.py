import torch

print("決定的なアルゴリズムだけを使うか:", torch.are_deterministic_algorithms_enabled())
print("cudnn.benchmark:", torch.backends.cudnn.benchmark)
print("cudnn.deterministic:", torch.backends.cudnn.deterministic)

# 再現性を優先する設定
# (GPU がなくても設定できる)
torch.use_deterministic_algorithms(True)
torch.backends.cudnn.benchmark = False
print("設定後:", torch.are_deterministic_algorithms_enabled(), torch.backends.cudnn.benchmark)
