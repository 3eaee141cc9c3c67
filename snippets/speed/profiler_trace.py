import json

import torch
from torch import nn
from torch.profiler import ProfilerActivity, profile, schedule

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
activities = [ProfilerActivity.CPU]
if device.type == "cuda":
    activities.append(ProfilerActivity.CUDA)

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.Linear(256, 10)).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(128, 64, device=device)
y = torch.randint(0, 10, (128,), device=device)

# 最初の 1 ステップは待ち、
# 次の 1 ステップは準備運転、
# そのあとの 2 ステップを記録する
plan = schedule(wait=1, warmup=1, active=2)
with profile(activities=activities, schedule=plan) as prof:
    for _ in range(4):
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        optimizer.step()
        # ステップの区切りを知らせる
        prof.step()

# Perfetto (https://ui.perfetto.dev)
# などで開けるファイル
prof.export_chrome_trace("trace.json")
with open("trace.json", encoding="utf-8") as f:
    events = json.load(f)["traceEvents"]
steps = sorted({e["name"] for e in events if e.get("name", "").startswith("ProfilerStep#")})
print("記録したステップ:", steps)
