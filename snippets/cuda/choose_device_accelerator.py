# output-check: cpu
import torch

# CUDA に限らず、使えるアクセラレータ (CUDA / MPS / XPU など) があればそれを使う
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator if accelerator is not None else torch.device("cpu")
print(device)
