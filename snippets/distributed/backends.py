import torch
import torch.distributed as dist

print("torch.distributed が使えるか:", dist.is_available())
print("gloo:", dist.is_gloo_available(), " nccl:", dist.is_nccl_available(), " mpi:", dist.is_mpi_available())

# このマシンのアクセラレータ
# (無ければ CPU) と、そのデバイスの種類に
# 登録された既定のバックエンド
accelerator = torch.accelerator.current_accelerator(check_available=True)
device_type = accelerator.type if accelerator is not None else "cpu"
print("デバイスの種類:", device_type, " 既定のバックエンド:", dist.get_default_backend_for_device(device_type))
