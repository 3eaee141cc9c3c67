import torch
from torch import nn

torch.manual_seed(0)
x, y = torch.randn(8, 3), torch.randn(8, 1)
# reduction="mean" (バッチの平均)
loss_fn = nn.MSELoss()


def grads(model, k, scale):
    model.zero_grad()
    # k 個のマイクロバッチに分ける
    for xb, yb in zip(x.chunk(k), y.chunk(k), strict=True):
        loss = loss_fn(model(xb), yb)
        # backward を k 回。
        # 勾配は .grad に足し込まれる
        (loss / k if scale else loss).backward()
    return torch.cat([p.grad.flatten() for p in model.parameters()])


torch.manual_seed(1)
model = nn.Linear(3, 1)
# バッチサイズ 8 で 1 回
big = grads(model, k=1, scale=True)
# バッチサイズ 2 を 4 回、損失を 1/4 にして蓄積
acc = grads(model, k=4, scale=True)
# 損失を割らずに蓄積
raw = grads(model, k=4, scale=False)
print("大きなバッチと一致 (loss/k):", torch.allclose(big, acc))
print("割らない場合の比          :", [round(v, 4) for v in (raw / big).tolist()])

# BatchNorm はマイクロバッチごとの統計で
# 正規化するので、蓄積しても一致しない
torch.manual_seed(1)
bn_model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.Linear(4, 1))
print("BatchNorm ありで一致       :", torch.allclose(grads(bn_model, 1, True), grads(bn_model, 4, True)))
