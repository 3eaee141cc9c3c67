import torch
from torch import nn

if not torch.cuda.is_available():
    print("CUDA が使えないため、bfloat16 の例はスキップしました")
elif not torch.cuda.is_bf16_supported():
    print("この GPU は bfloat16 に対応していません")
else:
    device = torch.device("cuda")
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1)).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(16, 4, device=device), torch.randn(16, 1, device=device)

    for step in range(1, 4):
        optimizer.zero_grad()
        # bfloat16 は float32 と同じ範囲の
        # 指数を持つので、GradScaler を使わない
        with torch.autocast("cuda", dtype=torch.bfloat16):
            out = model(x)
            loss = nn.functional.mse_loss(out, y)
        loss.backward()
        optimizer.step()
        print(f"ステップ {step}: 出力 {out.dtype}, 損失 {loss.dtype} {loss.item():.4f}")
