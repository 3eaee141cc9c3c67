import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(16, 4), torch.randn(16, 1)

optimizer.zero_grad()
# この中だけ自動で bfloat16 を使う
with torch.autocast("cpu", dtype=torch.bfloat16):
    h = model[0](x)
    out = model(x)
    loss = nn.functional.mse_loss(out, y)
    print("入力 x          :", x.dtype)
    # 行列積は bfloat16 で計算される
    print("Linear の出力   :", h.dtype)
    print("モデルの出力    :", out.dtype)
    # 損失関数は float32 で計算される
    print("mse_loss の出力 :", loss.dtype)
    # 通常の型昇格で float32 になる
    print("out * y         :", (out * y).dtype)
# パラメータ自体は float32 のまま
print("パラメータ      :", model[0].weight.dtype)

# backward は autocast の外で呼ぶ
loss.backward()
print("勾配            :", model[0].weight.grad.dtype)
optimizer.step()
print(f"損失 {loss.item():.4f}")
