import torch

# アクセラレータ (CUDA の GPU など) が
# 使えればそれを、なければ CPU を使う
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")

x = torch.tensor([1.0, 2.0, 3.0])
print(x.device)

# .to(device) は移した先のテンソルを返す
# (x 自体は CPU に残る)
y = x.to(device)
print(y.device, x.device)

# .cpu() で CPU に戻す
z = y.cpu()
print(z.device)

# 移動も変換も要らないときは、
# コピーせず元のテンソルそのものを返す
print(x.to("cpu") is x, x.cpu() is x)
