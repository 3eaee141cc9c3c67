import torch

x = torch.tensor([1.0, 2.0])
if torch.cuda.is_available():
    # .cuda() は .to("cuda") と同じ
    # (現在の GPU へ移す)
    print(x.cuda().device)
else:
    # GPU が使えないのに
    # .cuda() を呼ぶと例外になる
    try:
        x.cuda()
    except (AssertionError, RuntimeError) as e:
        print(f"{type(e).__name__}: {e}")
