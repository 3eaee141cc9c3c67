import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader


class Images(torch.utils.data.Dataset):
    """大きさのそろっていない画像 (チャネル, 高さ, 幅)"""

    def __init__(self, size=None):
        self.images = [torch.zeros(3, 32, 32), torch.zeros(3, 28, 28)]
        self.size = size

    def __len__(self):
        return len(self.images)

    def __getitem__(self, index):
        image = self.images[index]
        # 前処理で大きさをそろえる
        if self.size is not None:
            image = F.interpolate(image[None], size=self.size, mode="bilinear")[0]
        return image


try:
    next(iter(DataLoader(Images(), batch_size=2)))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

print(next(iter(DataLoader(Images(size=(32, 32)), batch_size=2))).shape)
