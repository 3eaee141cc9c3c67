import torch

torch.save({"weight": torch.ones(2, 3)}, "model.pt")

# 保存したデバイスの記録 "cpu" を "cuda:0" に
# 読み替えて、GPU で保存したファイルと
# 同じ読み込みをこのマシンで試す
try:
    state = torch.load("model.pt", map_location={"cpu": "cuda:0"}, weights_only=True)
    print("読み込めました:", state["weight"].device)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
