import torch

torch.manual_seed(0)
A = torch.randn(3, 4)
B = torch.randn(3, 4)

# stack(dim=d) は、各入力を
# unsqueeze(d) してから cat(dim=d) するのと同じ
for dim in range(-3, 3):
    stacked = torch.stack((A, B), dim=dim)
    via_cat = torch.cat((A.unsqueeze(dim), B.unsqueeze(dim)), dim=dim)
    print(f"dim={dim:2d}:", stacked.shape, torch.equal(stacked, via_cat))
