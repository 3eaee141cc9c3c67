import subprocess
import sys

# NumPy を入れていない環境を、
# 新しい Python プロセスで再現する。先頭の
# finder が numpy の import を
# 「見つからない」で止める。
child = r"""
import sys

class HideNumpy:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "numpy":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)

sys.meta_path.insert(0, HideNumpy())
import torch  # ここで UserWarning が出る

try:
    torch.tensor([1.0, 2.0]).numpy()
except RuntimeError as e:
    print(f"RuntimeError: {e}")
"""
subprocess.run([sys.executable, "-c", child], check=True)
