import os
import socket

import torch.distributed as dist

# 前の実行がまだ残っていて、ポートを使っている
# 状態をつくる
busy = socket.socket()
busy.bind(("127.0.0.1", 0))
busy.listen()
port = busy.getsockname()[1]

os.environ["MASTER_ADDR"] = "127.0.0.1"
os.environ["MASTER_PORT"] = str(port)
try:
    dist.init_process_group("gloo", rank=0, world_size=1)
except dist.DistNetworkError as e:
    print(f"{type(e).__name__}: {e}")

# 直し方: 空いているポートを使う
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    os.environ["MASTER_PORT"] = str(s.getsockname()[1])
dist.init_process_group("gloo", rank=0, world_size=1)
print("空いているポートでは作れました。world size:", dist.get_world_size())
dist.destroy_process_group()
busy.close()
