import torch

# 7 セグメント表示の数字 (a 上, b 右上,
# c 右下, d 下, e 左下, f 左上, g 中央) を
# 7×4 の画素に描く
SEGMENTS = ["abcdef", "bc", "abdeg", "abcdg", "bcfg", "acdfg", "acdefg", "abc", "abcdefg", "abcdfg"]
STROKES = {
    "a": (0, slice(0, 4)),
    "b": (slice(0, 4), 3),
    "c": (slice(3, 7), 3),
    "d": (6, slice(0, 4)),
    "e": (slice(3, 7), 0),
    "f": (slice(0, 4), 0),
    "g": (3, slice(0, 4)),
}


def make_digits(labels, noise=0.3):
    """数字を 10×10 の画像のランダムな位置に描き、雑音を足す。形状は (N, 1, 10, 10)"""
    images = torch.zeros(len(labels), 1, 10, 10)
    for image, label in zip(images, labels.tolist(), strict=True):
        top, left = torch.randint(0, 4, ()).item(), torch.randint(0, 7, ()).item()
        for s in SEGMENTS[label]:
            image[0, top : top + 7, left : left + 4][STROKES[s]] = 1.0
    return images + noise * torch.randn_like(images)


def show(images):
    """画像を横に並べて文字で描く (0.5 より大きい画素を #)"""
    for row in range(10):
        print("  ".join("".join("#" if v > 0.5 else "." for v in image[0, row].tolist()) for image in images))


torch.manual_seed(0)
print("事前学習に使う数字 0〜4 (雑音なし):")
show(make_digits(torch.arange(0, 5), noise=0.0))
print("新しい課題の数字 5〜9 (雑音なし):")
show(make_digits(torch.arange(5, 10), noise=0.0))
x = make_digits(torch.arange(0, 5))
print("学習に使う画像 (noise=0.3):", tuple(x.shape), x.dtype)
show(x)
