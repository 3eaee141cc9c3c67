import torch
from torch import nn

if not torch.cuda.is_available():
    print("CUDA が使えないため、float16 + GradScaler の例はスキップしました")
else:
    device = torch.device("cuda")
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1)).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    # torch.cuda.amp.GradScaler() ではなく
    # こちらを使う
    scaler = torch.amp.GradScaler("cuda")
    x, y = torch.randn(16, 4).to(device), torch.randn(16, 1).to(device)

    for step in range(1, 4):
        optimizer.zero_grad()
        # 順伝播と損失の計算だけを囲む
        with torch.autocast("cuda", dtype=torch.float16):
            out = model(x)
            loss = nn.functional.mse_loss(out, y)
        # 損失を scale 倍してから逆伝播
        scaler.scale(loss).backward()
        # クリッピングする場合は、先に
        # 勾配を元の大きさに戻す
        scaler.unscale_(optimizer)
        nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
        # 勾配に inf / NaN があれば
        # このステップを飛ばす
        scaler.step(optimizer)
        scaler.update()  # scale を調整する
        print(f"ステップ {step}: 出力 {out.dtype}, 損失 {loss.dtype} {loss.item():.4f}, scale {scaler.get_scale()}")
