import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
# ループの外で 1 回だけ計算した中間結果
h = torch.tanh(w)

try:
    for step in range(2):
        loss = (h * step).sum()
        # 2 回目は、1 回目で解放した
        # tanh のグラフをもう一度たどる
        loss.backward()
        print("step", step, "OK")
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 毎回グラフを作り直す:
# 中間結果もループの中で計算する
w.grad = None
for step in range(2):
    h = torch.tanh(w)
    loss = (h * step).sum()
    loss.backward()
print(w.grad)
