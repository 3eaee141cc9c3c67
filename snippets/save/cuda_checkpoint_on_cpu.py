import torch

torch.save({"weight": torch.ones(2, 3)}, "model.pt")

# GPU で保存したファイルには、テンソルごとに保存したデバイス ("cuda:0" など) が記録されていて、
# torch.load は既定でそのデバイスへ戻そうとする。ここでは辞書の map_location で記録 "cpu" を
# "cuda:0" に読み替えて、GPU で保存したファイルと同じ読み込みをこのマシンで試す
try:
    state = torch.load("model.pt", map_location={"cpu": "cuda:0"}, weights_only=True)
    print("読み込めました:", state["weight"].device)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
