import torch
from torch.profiler import ProfilerActivity, profile, record_function

torch.manual_seed(0)
model = torch.nn.Sequential(
    torch.nn.Conv2d(3, 16, kernel_size=3, padding=1),
    torch.nn.ReLU(),
    torch.nn.Flatten(),
    torch.nn.Linear(16 * 32 * 32, 10),
)
x = torch.randn(8, 3, 32, 32)

with torch.no_grad():
    # 試しの実行
    # (初回だけの準備の時間を記録に入れない)
    model(x)
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        for _ in range(5):
            # 自分で名前を付けた区間も表に出る
            with record_function("forward"):
                model(x)

print(prof.key_averages().table(sort_by="cpu_time_total", row_limit=8))
