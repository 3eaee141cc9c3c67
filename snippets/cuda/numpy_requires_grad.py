import torch

# アクセラレータ (CUDA の GPU など) が
# 使えればそれを、なければ CPU を使う
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")

w = torch.tensor([1.0, 2.0], requires_grad=True)
y = (w * 3).to(device)

# 勾配を記録しているテンソルは、
# CPU 上でもそのままでは変換できない
try:
    y.cpu().numpy()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# .detach() で計算グラフから切り離してから
# .cpu().numpy()
print(y.detach().cpu().numpy())
# force=True は detach() と
# cpu() をまとめて行う
print(y.numpy(force=True))
