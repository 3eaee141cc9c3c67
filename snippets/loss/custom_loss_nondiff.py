import torch

torch.manual_seed(0)
logits = torch.randn(4, 3, requires_grad=True)
target = torch.tensor([0, 2, 1, 2])

# argmax は整数を返すので計算グラフが切れる:
# backward() できない
wrong_rate = (logits.argmax(dim=1) != target).float().mean()
print("誤り率:", wrong_rate, "requires_grad:", wrong_rate.requires_grad)
try:
    wrong_rate.backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# round は微分できるが、
# 勾配はいたるところ 0 なので学習に使えない
x = torch.tensor([0.3, 0.8], requires_grad=True)
loss = (torch.round(x) - torch.tensor([1.0, 1.0])).abs().mean()
loss.backward()
print("round を使った損失:", loss, "勾配:", x.grad)
