import torch

# warn_only=True: 決定的な実装のない演算でも
# 止めずに、警告だけを出す
torch.use_deterministic_algorithms(True, warn_only=True)
print("warn_only:", torch.is_deterministic_algorithms_warn_only_enabled())

x = torch.zeros(4)
x.put_(torch.tensor([1, 3]), torch.tensor([5.0, 6.0]))
print(x)
