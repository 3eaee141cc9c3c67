import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)

with torch.inference_mode():
    # 推論モードで作ったテンソル
    feature = torch.tensor([3.0, 4.0]) * 2

# 記録される演算が、逆伝播用に推論テンソルを
# 保存しようとした時点 (順伝播中) で例外になる
try:
    product = w * feature
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 推論モードの外でインプレースで
# 書き換えることもできない
try:
    feature.add_(1)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# 推論モードの外で clone() すると普通の
# テンソルになり、勾配の計算に使える
feature = feature.clone()
print("is_inference:", feature.is_inference())
(w * feature).sum().backward()
print("w.grad:", w.grad)
