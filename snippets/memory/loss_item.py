import weakref

import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(128, 256), nn.ReLU(), nn.Linear(256, 1))
batches = [(torch.randn(32, 128), torch.randn(32, 1)) for _ in range(4)]
# 逆伝播のために保存されたテンソルへの弱参照
# (数えるだけで、生かしておかない)
saved = []


def pack(t):
    t = t.detach()
    saved.append(weakref.ref(t))
    return t


def alive():
    """保存されたテンソルのうち、まだ解放されていないものの数"""
    return sum(ref() is not None for ref in saved)


def graph_nodes(t):
    """t の grad_fn からたどれる計算グラフのノードの数"""
    nodes, stack = set(), [t.grad_fn]
    while stack:
        node = stack.pop()
        if node is not None and node not in nodes:
            nodes.add(node)
            stack.extend(next_node for next_node, _ in node.next_functions)
    return len(nodes)


for title, use_item, backward in [
    ("評価 (no_grad なし)、テンソルを足す", False, False),
    ("評価 (no_grad なし)、.item() を足す", True, False),
    ("学習 (backward あり)、テンソルを足す", False, True),
]:
    saved.clear()
    total, counts = 0.0, []
    with saved_tensors_hooks(pack, lambda t: t):
        for x, y in batches:
            loss = nn.functional.mse_loss(model(x), y)
            if backward:
                model.zero_grad()
                # backward はそのグラフの
                # 保存テンソルを解放する
                loss.backward()
            total += loss.item() if use_item else loss
            counts.append(alive())
    nodes = graph_nodes(total) if isinstance(total, torch.Tensor) else 0
    print(f"{title}: 生きている保存テンソル {counts}  total は {type(total).__name__}、グラフのノード {nodes}")
