import torch

torch.manual_seed(0)

# 葉 (leaf) になるテンソル:
# ユーザーが直接作ったもの
x = torch.randn(2, 2, requires_grad=True)

# 演算を実行するたびに、
# 計算グラフが組み立てられていく
y = x + 2
z = y * y * 3
out = z.mean()

print(y)
print(z)
print(out)

# grad_fn は「そのテンソルを
# 作った演算の逆伝播用の関数」
print("x.grad_fn:", x.grad_fn)
print("y.grad_fn:", y.grad_fn.name())
print("z.grad_fn:", z.grad_fn.name())
print("out.grad_fn:", out.grad_fn.name())

# ユーザーが作ったテンソルは葉、
# 演算の結果は葉ではない
print("is_leaf:", x.is_leaf, y.is_leaf, z.is_leaf, out.is_leaf)
