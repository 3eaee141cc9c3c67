import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(8, 4)

for name, make in [
    ("SGD", lambda p: torch.optim.SGD(p, lr=0.1)),
    ("SGD(momentum=0.9)", lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9)),
    ("Adam", lambda p: torch.optim.Adam(p)),
    ("AdamW", lambda p: torch.optim.AdamW(p)),
    ("RMSprop", lambda p: torch.optim.RMSprop(p)),
    ("Adagrad", lambda p: torch.optim.Adagrad(p)),
    ("Adadelta", lambda p: torch.optim.Adadelta(p)),
]:
    # パラメータは 4×4 + 4 = 20 要素
    model = nn.Linear(4, 4)
    optimizer = make(model.parameters())
    model(x).sum().backward()
    # 状態 (state) は最初の step() で作られる
    optimizer.step()
    state = optimizer.state[model.weight]
    # パラメータと同じ形状のテンソル
    # (step の回数を数える 0 次元の
    # テンソルは除く) の要素数を数える
    per_param = [k for k, v in state.items() if torch.is_tensor(v) and v.shape == model.weight.shape]
    total = sum(v.numel() for s in optimizer.state.values() for v in s.values() if torch.is_tensor(v) and v.ndim > 0)
    print(f"{name:18s} 状態のキー={per_param}  状態の要素数={total}")
