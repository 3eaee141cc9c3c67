import torch
from torch import nn

if not torch.cuda.is_available():
    print("CUDA が使えないため、float16 + GradScaler の例はスキップしました")
else:
    device = torch.device("cuda")
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1)).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scaler = torch.amp.GradScaler("cuda")  # torch.cuda.amp.GradScaler() ではなくこちら
    x, y = torch.randn(16, 4).to(device), torch.randn(16, 1).to(device)

    for step in range(1, 4):
        optimizer.zero_grad()
        with torch.autocast("cuda", dtype=torch.float16):  # 順伝播と損失の計算だけを囲む
            out = model(x)
            loss = nn.functional.mse_loss(out, y)
        scaler.scale(loss).backward()  # 損失を scale 倍してから逆伝播
        scaler.unscale_(optimizer)  # クリッピングする場合は、先に勾配を元の大きさに戻す
        nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
        scaler.step(optimizer)  # 勾配に inf / NaN があればこのステップを飛ばす
        scaler.update()  # scale を調整する
        print(f"ステップ {step}: 出力 {out.dtype}, 損失 {loss.dtype} {loss.item():.4f}, scale {scaler.get_scale()}")
