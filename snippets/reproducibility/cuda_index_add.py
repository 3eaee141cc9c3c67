import torch


def add_twice(device):
    """同じ入力で index_add_ を 2 回計算し、結果がビット単位で同じかと、差の最大値を返す"""
    # 入力は CPU の乱数で作ってから移す
    g = torch.Generator().manual_seed(0)
    src = torch.randn(1_000_000, generator=g, device="cpu").to(device)
    index = torch.randint(0, 10, (1_000_000,), generator=g, device="cpu").to(device)
    first = torch.zeros(10, device=device).index_add_(0, index, src)
    second = torch.zeros(10, device=device).index_add_(0, index, src)
    return torch.equal(first, second), (first - second).abs().max().item()


print("CPU:", add_twice("cpu"))
if torch.cuda.is_available():
    print("CUDA:", add_twice("cuda"))
    torch.use_deterministic_algorithms(True)
    print("CUDA (決定的モード):", add_twice("cuda"))
else:
    print("CUDA が使えないため、GPU での比較は実行しません")
