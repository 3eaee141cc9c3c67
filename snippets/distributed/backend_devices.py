import torch
import torch.distributed as dist

# バックエンドごとに、扱えるデバイスの種類
for name in ("gloo", "nccl"):
    print(name, "が扱えるデバイス:", dist.Backend.backend_capability[name])

# 1 プロセスだけのグループで、
# 登録されるデバイスを見る。"cuda:gloo" は、
# nccl と同じく cuda だけを登録する例
for backend in ("gloo", "cuda:gloo"):
    dist.init_process_group(backend, store=dist.HashStore(), rank=0, world_size=1)
    print(f"backend={backend!r} で登録された組:", dist.get_backend_config())
    total = torch.ones(2)  # CPU のテンソル
    try:
        dist.all_reduce(total)
        print("  CPU のテンソルの all_reduce:", total)
    except RuntimeError as e:
        print(f"  {type(e).__name__}: {e}")
    dist.destroy_process_group()
