import torch
from torch.optim import lr_scheduler


def run(order):
    """order の順に各スケジューラの step() を呼び、エポック 1〜4 の学習率を返す。"""
    optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
    schedulers = {
        # 今の学習率に 0.5 を掛ける
        "exp": lr_scheduler.ExponentialLR(optimizer, gamma=0.5),
        # 0.1 × 係数 で上書きする
        "lambda": lr_scheduler.LambdaLR(optimizer, lr_lambda=lambda epoch: 1 / (epoch + 1)),
    }
    lrs = []
    for _ in range(4):
        optimizer.step()
        for name in order:
            schedulers[name].step()
        lrs.append(float(f"{optimizer.param_groups[0]['lr']:.6g}"))
    return lrs


print("ねらった値 0.1×0.5^e/(e+1):", [float(f"{0.1 * 0.5**e / (e + 1):.6g}") for e in range(1, 5)])
print("exp → lambda の順:         ", run(["exp", "lambda"]))
print("lambda → exp の順:         ", run(["lambda", "exp"]))

# 2 つの効果を 1 つの LambdaLR の
# 係数にまとめれば、ねらいどおりになる
optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
scheduler = lr_scheduler.LambdaLR(optimizer, lr_lambda=lambda epoch: 0.5**epoch / (epoch + 1))
lrs = []
for _ in range(4):
    optimizer.step()
    scheduler.step()
    lrs.append(float(f"{scheduler.get_last_lr()[0]:.6g}"))
print("1 つの LambdaLR:           ", lrs)
