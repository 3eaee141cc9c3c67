import torch


def f(x):
    y = torch.sin(x)
    if y.sum() > 0:  # テンソルの値で分岐する
        y = y * 2
    # Python の組み込み関数の呼び出し
    print("途中の print")
    return torch.cos(y)


x = torch.ones(4)
# 実際に f を 1 回実行して調べる
explanation = torch._dynamo.explain(f)(x)
print("グラフの数:", explanation.graph_count)
print("グラフブレイクの数:", explanation.graph_break_count)
for i, reason in enumerate(explanation.break_reasons, 1):
    frame = reason.user_stack[-1]
    print(f"{i}. {frame.lineno} 行目 `{frame.line}`")
    print("   理由:", reason.reason.splitlines()[0])
