import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
dataset = TensorDataset(torch.randn(24, 3), torch.randn(24, 1))
# 24 サンプル ÷ 4 = 1 エポック 6 ステップ
BATCH_SIZE = 4
TOTAL_STEPS = 15  # 2.5 エポック
# 2 エポック目の途中 (3 バッチ目の前) で止める
STOP_AT = 8


def build():
    """学習に使うものを全部作る。中断しない学習と再開する学習で同じ初期値になるように、シードから作る"""
    torch.manual_seed(1)
    # Dropout は大域の乱数を使う
    model = nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Dropout(0.2), nn.Linear(16, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    # 5 ステップごとに学習率を半分に
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=5, gamma=0.5)
    # データの並び専用の乱数
    generator = torch.Generator().manual_seed(2)
    loader = DataLoader(dataset, batch_size=BATCH_SIZE, shuffle=True, generator=generator)
    return model, optimizer, scheduler, generator, loader


def train(model, optimizer, scheduler, generator, loader, progress, stop):
    """progress["step"] から stop まで学習する。progress は途中経過 (チェックポイントに入れる)"""
    model.train()
    while progress["step"] < stop:
        # このエポックで済んだバッチ数
        done = progress["step"] % len(loader)
        # エポックの始め: 並びを作る直前の
        # generator の状態を覚えておく
        if done == 0:
            progress["generator"] = generator.get_state()
        # エポックの途中から:
        # エポックの始めの状態に戻して
        # 同じ並びを作り、済んだバッチを飛ばす
        else:
            generator.set_state(progress["generator"])
        for i, (x, y) in enumerate(loader):
            if i < done:
                continue
            if progress["step"] == stop:
                return
            optimizer.zero_grad()
            nn.functional.mse_loss(model(x), y).backward()
            optimizer.step()
            scheduler.step()
            progress["step"] += 1


# 1. 中断しない学習
model_a, *rest = build()
train(model_a, *rest, progress={"step": 0}, stop=TOTAL_STEPS)

# 2. STOP_AT ステップで
# 中断してチェックポイントを保存する
model, optimizer, scheduler, generator, loader = build()
progress = {"step": 0}
train(model, optimizer, scheduler, generator, loader, progress, stop=STOP_AT)
torch.save(
    {
        "model": model.state_dict(),
        "optimizer": optimizer.state_dict(),
        "scheduler": scheduler.state_dict(),
        # 済んだステップ数と、
        # エポックの始めの generator の状態
        "progress": progress,
        # Dropout が使う大域の乱数の状態
        "torch_rng": torch.get_rng_state(),
    },
    "checkpoint.pt",
)
del model, optimizer, scheduler, generator, loader


# 3. 新しく作り直し、
# チェックポイントを読み込んで続きを学習する
def resume(restore_rng=True, restore_order=True):
    model, optimizer, scheduler, generator, loader = build()
    checkpoint = torch.load("checkpoint.pt", map_location="cpu", weights_only=True)
    model.load_state_dict(checkpoint["model"])
    optimizer.load_state_dict(checkpoint["optimizer"])
    scheduler.load_state_dict(checkpoint["scheduler"])
    progress = checkpoint["progress"]
    if restore_rng:
        torch.set_rng_state(checkpoint["torch_rng"])
    # 比較用: 作り直した
    # generator の状態のまま続ける
    if not restore_order:
        progress["generator"] = generator.get_state()
    train(model, optimizer, scheduler, generator, loader, progress, stop=TOTAL_STEPS)
    return model


def same(model_b):
    return all(torch.equal(a, b) for a, b in zip(model_a.parameters(), model_b.parameters(), strict=True))


epoch, batch = divmod(STOP_AT, len(dataset) // BATCH_SIZE)
print(f"再開するステップ: {STOP_AT} ({epoch + 1} エポック目の {batch + 1} バッチ目から)")
model_b = resume()
for (name, a), b in zip(model_a.named_parameters(), model_b.parameters(), strict=True):
    print(f"{name:8} 中断しない学習と完全に一致:", torch.equal(a, b))
print("比較: 大域の乱数の状態を戻さない   →", same(resume(restore_rng=False)))
print("比較: データの並びの状態を戻さない →", same(resume(restore_order=False)))
