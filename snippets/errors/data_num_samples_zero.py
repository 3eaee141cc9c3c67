import tempfile
from pathlib import Path

import torch
from torch.utils.data import DataLoader

with tempfile.TemporaryDirectory() as tmp:
    for name in ["a.jpg", "b.jpg", "c.jpg"]:
        (Path(tmp) / name).touch()

    # 拡張子を間違えたので 1 つも見つからない
    files = sorted(Path(tmp).glob("*.png"))
    try:
        DataLoader(files, batch_size=2, shuffle=True)
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")

    files = sorted(Path(tmp).glob("*.jpg"))
    print("ファイル数:", len(files))
    loader = DataLoader([f.name for f in files], batch_size=2, shuffle=True, generator=torch.Generator().manual_seed(0))
    print(list(loader))
