import torch

# torch.Tensor は dtype= を受け付けない。
# エラーメッセージに受け付ける引数の一覧が出る
try:
    torch.Tensor([1, 2], dtype=torch.float64)
except TypeError as e:
    print(f"{type(e).__name__}: {str(e).rstrip()}")

# requires_grad= も受け付けない
# (先頭 1 行だけ表示)
try:
    torch.Tensor([1, 2], requires_grad=True)
except TypeError as e:
    print(f"{type(e).__name__}: {str(e).splitlines()[0]}")

# 受け付けるキーワード引数は device= だけ
print(torch.Tensor([1, 2], device="cpu"))

# 後から requires_grad_() で勾配の
# 記録を有効にすることはできる
print(torch.Tensor([1, 2]).requires_grad_())

# torch.tensor なら dtype= も
# requires_grad= も渡せる
print(torch.tensor([1, 2], dtype=torch.float64, requires_grad=True))
