import pickle

import numpy as np
import torch

# 古い API (np.random.seed など) の状態は、
# ndarray を含むタプル
np.random.seed(0)
legacy_state = np.random.get_state()
print("np.random.get_state():", type(legacy_state).__name__, "の中に", type(legacy_state[1]).__name__)
torch.save({"numpy": legacy_state}, "legacy.pt")
try:
    torch.load("legacy.pt", map_location="cpu", weights_only=True)
except pickle.UnpicklingError as e:
    line = next(line for line in str(e).splitlines() if "Unsupported global" in line)
    print(f"{type(e).__name__}: {line.strip().split(' was not')[0]}")

# Generator (np.random.default_rng) の状態は、
# 整数と文字列だけの辞書なので
# weights_only=True で読める
rng = np.random.default_rng(0)
torch.save({"numpy": rng.bit_generator.state}, "generator.pt")
state = torch.load("generator.pt", map_location="cpu", weights_only=True)["numpy"]
print("bit_generator.state:", state)

expected = rng.random(3)
restored = np.random.default_rng()
restored.bit_generator.state = state
print("復元した Generator の乱数が一致:", np.array_equal(restored.random(3), expected))
