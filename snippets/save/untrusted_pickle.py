import pickle

import torch


class Payload:
    """読み込まれるときに関数を呼ばせる細工をしたオブジェクト (ここでは print するだけ)"""

    def __reduce__(self):
        # pickle は「この関数をこの引数で呼べば
        # 復元できる」という指示を
        # そのまま実行する
        return (print, ("!!! 読み込んだだけで、ファイルに仕込まれたコードが実行されました !!!",))


# 見た目は普通の重みのファイル
torch.save({"weight": torch.ones(2), "extra": Payload()}, "untrusted.pt")

print("weights_only=False で読み込みます")
state = torch.load("untrusted.pt", map_location="cpu", weights_only=False)
print("読み込んだキー:", list(state))

print("weights_only=True で読み込みます")
try:
    torch.load("untrusted.pt", map_location="cpu", weights_only=True)
except pickle.UnpicklingError as e:
    line = next(line for line in str(e).splitlines() if "Unsupported global" in line)
    print(f"{type(e).__name__}: {line.strip().split(' was not')[0]}")

# 実行せずに、
# ファイルが呼び出そうとしている関数を調べる
print("ファイルが必要とするもの:", sorted(torch.serialization.get_unsafe_globals_in_checkpoint("untrusted.pt")))
