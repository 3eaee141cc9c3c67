import subprocess
import sys

# 別のプロセスで実行する学習スクリプト。
# 最後に損失とパラメータのハッシュを表示する
TRAIN = """
import hashlib
import torch
from torch import nn

torch.manual_seed(0)
torch.set_num_threads(1)  # スレッド数で足し算の順序が変わらないように固定する
x = torch.randn(64, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]]) + 0.1 * torch.randn(64, 1)
model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
for step in range(1, 51):
    loss = nn.functional.mse_loss(model(x), y)
    model.zero_grad()
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p -= 0.05 * p.grad  # 確率的勾配降下法の更新を手で書いたもの
    if step % 10 == 0:
        print(f"step {step}: loss {loss.item():.6f}")
params = b"".join(p.detach().numpy().tobytes() for p in model.parameters())
print("sha256", hashlib.sha256(params).hexdigest())
"""

# 同じスクリプトを、
# 新しい Python のプロセスで 2 つ同時に実行する
procs = [subprocess.Popen([sys.executable, "-c", TRAIN], stdout=subprocess.PIPE, text=True) for _ in range(2)]
outputs = [proc.communicate()[0] for proc in procs]

for run, output in enumerate(outputs, 1):
    print(f"実行 {run}:")
    # ハッシュの行以外
    for line in output.splitlines()[:-1]:
        print(" ", line)
hashes = [output.splitlines()[-1] for output in outputs]
print("最終パラメータのハッシュは同じか:", hashes[0] == hashes[1])
print("出力全体は同じか:", outputs[0] == outputs[1])
