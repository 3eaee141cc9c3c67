import torch
from torch.optim import lr_scheduler


def param():
    return [torch.nn.Parameter(torch.zeros(1))]


# モーメンタムなしの SGD でもエラーにならず、
# モーメンタムが 0.9 に書き換えられる
optimizer = torch.optim.SGD(param(), lr=0.1)
print("作成前の momentum:", optimizer.param_groups[0]["momentum"])
lr_scheduler.CyclicLR(optimizer, base_lr=0.01, max_lr=0.1, step_size_up=2)
print("作成後の momentum:", optimizer.param_groups[0]["momentum"])

# OneCycleLR も同じで、
# max_momentum の既定値 0.95 になる
optimizer = torch.optim.SGD(param(), lr=0.1)
lr_scheduler.OneCycleLR(optimizer, max_lr=0.1, total_steps=10)
print("OneCycleLR 作成後の momentum:", optimizer.param_groups[0]["momentum"])

# Adam では betas の 1 つ目
# (beta1) が書き換えられる
optimizer = torch.optim.Adam(param(), lr=0.1, betas=(0.5, 0.999))
lr_scheduler.CyclicLR(optimizer, base_lr=0.01, max_lr=0.1, step_size_up=2)
print("Adam の betas:", optimizer.param_groups[0]["betas"])

# momentum も betas も
# 持たないオプティマイザではエラーになる
optimizer = torch.optim.Adagrad(param(), lr=0.1)
try:
    lr_scheduler.CyclicLR(optimizer, base_lr=0.01, max_lr=0.1, step_size_up=2)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")

# cycle_momentum=False なら、
# モーメンタムには触れない
optimizer = torch.optim.SGD(param(), lr=0.1)
lr_scheduler.CyclicLR(optimizer, base_lr=0.01, max_lr=0.1, step_size_up=2, cycle_momentum=False)
print("cycle_momentum=False の momentum:", optimizer.param_groups[0]["momentum"])
