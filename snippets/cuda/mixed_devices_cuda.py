import torch

a = torch.ones(2)  # CPU 上
if torch.cuda.is_available():
    b = torch.ones(2).to("cuda")
    # CPU と GPU のテンソルを混ぜると、
    # 自動では揃わずに例外になる
    try:
        a + b
    except RuntimeError as e:
        print(f"{type(e).__name__}: {str(e).splitlines()[0]}")
    # 片方を移して揃えれば計算できる
    print((a.to(b.device) + b).device)
    # 0 次元の CPU テンソル (スカラー) だけは
    # GPU のテンソルと混ぜてよい
    print((torch.tensor(2.0) * b).device)
else:
    print("CUDA が使えないため、CPU と GPU の混在は試せません")
