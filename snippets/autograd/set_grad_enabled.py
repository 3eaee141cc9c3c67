import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)


def step(is_train):
    # 引数の真偽値で、
    # 記録するかどうかを切り替えられる
    with torch.set_grad_enabled(is_train):
        return (x * 2).sum()


print("学習:", step(True))
print("評価:", step(False))

# 関数として呼ぶと、
# それ以降ずっと切り替わる (スレッドごとの設定)
torch.set_grad_enabled(False)
print("False にした後:", (x * 2).requires_grad)
torch.set_grad_enabled(True)  # 元に戻す
print("True に戻した後:", (x * 2).requires_grad)
