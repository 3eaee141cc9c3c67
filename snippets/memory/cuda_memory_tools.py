import torch

if not torch.cuda.is_available():
    print("CUDA が使えないため、GPU のメモリの道具の例はスキップしました")
else:
    # ここから先の確保と解放を、
    # 呼び出し元と一緒に記録する
    torch.cuda.memory._record_memory_history(max_entries=100_000)

    torch.manual_seed(0)
    model = torch.nn.Linear(4096, 4096).to("cuda")
    x = torch.randn(256, 4096, device="cuda")
    model(x).sum().backward()

    # 記録をファイルに書き、記録をやめる。
    # https://pytorch.org/memory_viz で開ける
    torch.cuda.memory._dump_snapshot("snapshot.pickle")
    torch.cuda.memory._record_memory_history(enabled=None)
    print("snapshot.pickle を書きました")

    # アロケータの状態を表にしたもの
    print(torch.cuda.memory_summary(abbreviated=True))
