# output-check: cpu
import warnings

import torch

if torch.cuda.is_available():
    # CUDA 用の旧式コンストラクタは、使うと UserWarning が出る
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        old = torch.cuda.FloatTensor([1, 2, 3])
    for w in caught:
        print(f"{w.category.__name__}: {str(w.message).split(' (Triggered')[0]}")
    print(old.dtype, old.device)
else:
    print("CUDA が使えないため、torch.cuda.FloatTensor の例は省略します")

# 現代的な書き方: dtype と device を引数で渡す (GPU があってもなくても動く)
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")  # GPU がなければ CPU
new = torch.tensor([1, 2, 3], dtype=torch.float32, device=device)
print(new.dtype, new.device)
