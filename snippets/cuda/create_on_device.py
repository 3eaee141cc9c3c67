import torch

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")  # GPU がなければ CPU

# device= を渡すと、最初からそのデバイス上にテンソルを作る (CPU で作ってから移すより無駄がない)
a = torch.zeros(2, 3, device=device)
b = torch.tensor([1, 2, 3], device=device)
c = torch.arange(4, device=device)
print(a)
print(b)
print(c.device)
