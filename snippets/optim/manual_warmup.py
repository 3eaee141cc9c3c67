import torch

base_lr, warmup_epochs = 0.1, 4


def run(lr_at):
    theta = torch.tensor([1.0], requires_grad=True)
    optimizer = torch.optim.SGD([theta], lr=base_lr)
    for epoch in range(6):
        lr = lr_at(epoch)
        # すべてのグループの学習率を書き換える
        for group in optimizer.param_groups:
            group["lr"] = lr
        before = theta.item()
        optimizer.zero_grad()
        # 勾配はつねに 1.0
        theta.sum().backward()
        optimizer.step()
        print(f"  エポック {epoch}: lr={lr:.3f}, θ の変化 {theta.item() - before:+.3f}")


print("epoch / warmup_epochs (0 から数えると最初の lr が 0):")
run(lambda epoch: base_lr * min(epoch / warmup_epochs, 1.0))
print("(epoch + 1) / warmup_epochs:")
run(lambda epoch: base_lr * min((epoch + 1) / warmup_epochs, 1.0))
