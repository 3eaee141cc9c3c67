import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

# (系列, ラベル) のサンプル。
# 系列の長さはばらばら
samples = [
    (torch.tensor([1, 2, 3]), 0),
    (torch.tensor([4, 5]), 1),
    (torch.tensor([6]), 0),
    (torch.tensor([7, 8, 9, 10]), 1),
]


def pad_collate(batch):
    """batch はサンプルのリスト。系列を 0 で埋めて長さをそろえ、元の長さも返す"""
    seqs = [seq for seq, _ in batch]
    labels = torch.tensor([label for _, label in batch])
    lengths = torch.tensor([len(seq) for seq in seqs])
    # (バッチ, 最大長)
    padded = pad_sequence(seqs, batch_first=True, padding_value=0)
    return padded, lengths, labels


loader = DataLoader(samples, batch_size=2, collate_fn=pad_collate)
for padded, lengths, labels in loader:
    print(padded)
    print("lengths:", lengths, "labels:", labels)
