import torch
from torch import nn

torch.manual_seed(0)
x, y = torch.randn(16, 3), torch.randn(16, 1)
loss_fn = nn.MSELoss()
# 4 マイクロバッチごとに 1 回更新する
accumulation_steps = 4


def make():
    torch.manual_seed(1)
    model = nn.Linear(3, 1)
    return model, torch.optim.SGD(model.parameters(), lr=0.1)


# 勾配の累積: バッチサイズ 2 の
# マイクロバッチ 8 個 → 更新は 2 回
model, optimizer = make()
micro_batches = list(zip(x.chunk(8), y.chunk(8), strict=True))
n_steps = 0
for i, (xb, yb) in enumerate(micro_batches):
    # 損失を蓄積回数で割る
    loss = loss_fn(model(xb), yb) / accumulation_steps
    # 勾配は .grad に足し込まれていく
    loss.backward()
    if (i + 1) % accumulation_steps == 0:
        optimizer.step()
        # 更新した直後に消す
        optimizer.zero_grad()
        n_steps += 1
print("更新回数:", n_steps)

# 比較:
# バッチサイズ 8 のバッチ 2 個で普通に学習
ref, ref_opt = make()
for xb, yb in zip(x.chunk(2), y.chunk(2), strict=True):
    ref_opt.zero_grad()
    loss_fn(ref(xb), yb).backward()
    ref_opt.step()
print("同じパラメータになる:", torch.allclose(model.weight, ref.weight), torch.allclose(model.bias, ref.bias))
