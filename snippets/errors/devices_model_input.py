import torch
from torch import nn

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
torch.manual_seed(0)
# モデルは GPU へ移した
model = nn.Linear(4, 2).to(device)
conv = nn.Conv2d(3, 8, kernel_size=3).to(device)
x = torch.randn(3, 4)  # 入力は CPU のまま
image = torch.randn(1, 3, 8, 8)

if device.type != "cpu":
    for layer, inputs in [(model, x), (conv, image)]:
        try:
            layer(inputs)
        except RuntimeError as e:
            print(f"{type(e).__name__}: {e}")
else:
    print("アクセラレータが使えないため、CPU と GPU の混在は試せません")

# 入力もモデルと同じデバイスへ移す
print(model(x.to(device)).device, conv(image.to(device)).device)
