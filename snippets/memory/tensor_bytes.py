import torch

for dtype in (torch.float32, torch.float16, torch.bfloat16, torch.int64, torch.bool):
    x = torch.zeros(1000, 1000, dtype=dtype)
    name = str(dtype)
    print(
        f"{name:15} element_size={x.element_size()}  numel={x.numel():,}  "
        f"element_size×numel={x.element_size() * x.numel():,}  nbytes={x.nbytes:,}"
    )
