import torch
from torch.utils.data import DataLoader


class OnDevice(torch.utils.data.Dataset):
    def __init__(self, device):
        self.device = device

    def __len__(self):
        return 4

    def __getitem__(self, index):
        # worker の中でデバイスへ送る
        return torch.tensor([float(index)]).to(self.device)


def main():
    device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
    if device.type == "cuda":
        # メインプロセスで CUDA を
        # 使い始めてから worker を fork する
        torch.zeros(1, device=device)
        loader = DataLoader(OnDevice(device), batch_size=2, num_workers=1, multiprocessing_context="fork")
        try:
            next(iter(loader))
        except RuntimeError as e:
            print(f"{type(e).__name__}: {e}")
    else:
        print("CUDA が使えないため、このエラーは起こせません")

    # Dataset は CPU のテンソルを返し、
    # デバイスへはメインプロセスで送る
    loader = DataLoader(OnDevice(torch.device("cpu")), batch_size=2, num_workers=1)
    print([batch.to(device).flatten().tolist() for batch in loader])


if __name__ == "__main__":
    main()
