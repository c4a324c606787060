"""Generate tests/transcripts/optim_from_pytorch.gsh from a real PyTorch:
torch.optim's optimizers (constructors, reprs, errors, parameter groups,
state_dict), 50-step training runs printed at full precision, and the
learning-rate schedulers.

    /path/to/torch-venv/bin/python dev/gen_optim_transcripts.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

# The model of PyTorch's "Learning PyTorch with Examples": a cubic fitted
# to a curve, its four coefficients trained by each optimizer for 50 steps.
TRAIN = '''def train(make_optimizer, steps=50):
    _ = torch.manual_seed(0)
    x = torch.linspace(-math.pi, math.pi, 200)
    y = x - x * x * x / 6
    params = [torch.randn((), requires_grad=True) for _ in range(4)]
    optimizer = make_optimizer(params)
    for t in range(steps):
        a, b, c, d = params
        y_pred = a + b * x + c * x ** 2 + d * x ** 3
        loss = (y_pred - y).pow(2).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if t in (0, 1, 9, 29, steps - 1):
            print(t, loss.item())
    print([p.item() for p in params])
    return optimizer'''

INPUTS = [
    "# torch.optim, generated from PyTorch 2.13",
    "import math",
    "import torch",
    "import torch.nn as nn",
    "from torch import optim",
    "_ = torch.manual_seed(0)",
    "w = torch.randn(3, requires_grad=True)",
    "b = torch.zeros(1, requires_grad=True)",
    "torch.optim.SGD([w, b], lr=0.1)",
    "optim.Adam([w])",
    "optim.AdamW([w], lr=0.01)",
    "optim.RMSprop([w])",
    "optim.Adagrad([w])",
    "optim.SGD([w], lr=0.1, momentum=0.9, nesterov=True, weight_decay=1e-4)",
    # errors
    "optim.SGD([w], lr=-1)",
    "optim.SGD([w], momentum=-0.5)",
    "optim.SGD([w], lr=0.1, nesterov=True)",
    "optim.SGD([w], weight_decay=-1)",
    "optim.Adam([w], betas=(1.0, 0.999))",
    "optim.Adam([w], betas=(0.9, -0.1))",
    "optim.Adam([w], eps=-1e-8)",
    "optim.Adam([w], lr=-0.1)",
    "optim.RMSprop([w], alpha=-0.1)",
    "optim.Adagrad([w], lr_decay=-1)",
    "optim.Adagrad([w], initial_accumulator_value=-1)",
    "optim.SGD([], lr=0.1)",
    "optim.SGD(w, lr=0.1)",
    "optim.SGD([w * 2], lr=0.1)",
    "optim.SGD([w, 3.0], lr=0.1)",
    "optim.SGD([{'params': [w]}, {'params': [w]}], lr=0.1)",
    "optim.SGD({w, b}, lr=0.1)",
    # groups
    "opt = optim.SGD([{'params': [w]}, {'params': [b], 'lr': 0.5, 'momentum': 0.9}], lr=0.1)",
    "opt",
    "len(opt.param_groups)",
    "opt.param_groups[1]['lr']",
    "opt.param_groups[0]['params'][0] is w",
    "opt.defaults",
    "c = torch.ones(2, requires_grad=True)",
    "opt.add_param_group({'params': c, 'lr': 0.01})",
    "[g['lr'] for g in opt.param_groups]",
    "opt.add_param_group({'params': [c]})",
    "opt.add_param_group([c])",
    # zero_grad
    "loss = (w * w).sum() + (b * 3).sum() + c.sum()",
    "loss.backward()",
    "w.grad, b.grad",
    "opt.step()",
    "w, b, c",
    "opt.state[b]",
    "opt.zero_grad(set_to_none=False)",
    "w.grad, b.grad",
    "opt.zero_grad()",
    "w.grad is None, b.grad is None",
    "opt.step()",
    "w",
    # state_dict
    "_ = torch.manual_seed(0)",
    "model = nn.Linear(2, 1)",
    "adam = optim.Adam(model.parameters(), lr=0.01, amsgrad=True)",
    "model(torch.ones(4, 2)).sum().backward()",
    "adam.step()",
    "adam.state_dict()",
    "adam.state[model.bias]",
    "saved = adam.state_dict()",
    "other = optim.Adam(model.parameters(), lr=0.5, amsgrad=True)",
    "other.load_state_dict(saved)",
    "other.param_groups[0]['lr']",
    "other.state[model.bias]['step']",
    "optim.SGD([w], lr=0.1).load_state_dict(saved)",
    "type(adam).__name__, isinstance(adam, optim.Optimizer)",
    # closures
    "p = torch.tensor([1.0, -2.0], requires_grad=True)",
    "sgd = optim.SGD([p], lr=0.25)",
    "def closure():\n    sgd.zero_grad()\n    loss = (p ** 2).sum()\n    loss.backward()\n"
    "    return loss",
    "sgd.step(closure)",
    "p",
    "sgd.step(closure)",
    "p",
    # a user's optimizer
    "class Plain(optim.Optimizer):\n"
    "    def __init__(self, params, lr=0.1):\n"
    "        super().__init__(params, dict(lr=lr))\n"
    "    @torch.no_grad()\n"
    "    def step(self, closure=None):\n"
    "        for group in self.param_groups:\n"
    "            for p in group['params']:\n"
    "                if p.grad is not None:\n"
    "                    p.add_(p.grad, alpha=-group['lr'])\n"
    "                    self.state[p]['n'] = self.state[p].get('n', 0) + 1",
    "q = torch.tensor([1.0, 2.0], requires_grad=True)",
    "plain = Plain([q], lr=0.5)",
    "plain",
    "(q * q).sum().backward()",
    "plain.step()",
    "q, plain.state[q]",
    "plain.state_dict()",
    "Plain([q], lr=0.1).step.__name__",
    # training runs
    TRAIN,
    "_ = train(lambda p: optim.SGD(p, lr=1e-3))",
    "_ = train(lambda p: optim.SGD(p, lr=1e-3, momentum=0.9))",
    "_ = train(lambda p: optim.SGD(p, lr=1e-3, momentum=0.9, nesterov=True, weight_decay=0.01))",
    "_ = train(lambda p: optim.SGD(p, lr=1e-3, momentum=0.5, dampening=0.2, maximize=False))",
    "_ = train(lambda p: optim.Adam(p, lr=0.05))",
    "_ = train(lambda p: optim.Adam(p, lr=0.05, betas=(0.8, 0.99), weight_decay=0.1, "
    "amsgrad=True))",
    "_ = train(lambda p: optim.AdamW(p, lr=0.05))",
    "_ = train(lambda p: optim.AdamW(p, lr=0.05, weight_decay=0.5, amsgrad=True))",
    "_ = train(lambda p: optim.RMSprop(p, lr=0.01))",
    "_ = train(lambda p: optim.RMSprop(p, lr=0.01, alpha=0.9, momentum=0.5, centered=True))",
    "_ = train(lambda p: optim.RMSprop(p, lr=0.01, weight_decay=0.1))",
    "_ = train(lambda p: optim.Adagrad(p, lr=0.5))",
    "_ = train(lambda p: optim.Adagrad(p, lr=0.5, lr_decay=0.01, weight_decay=0.01, "
    "initial_accumulator_value=0.1))",
    "opt = train(lambda p: optim.Adam(p, lr=0.05), steps=3)",
    "opt.state_dict()['state'][0]",
]

SCHEDULERS = [
    "# learning-rate schedulers, generated from PyTorch 2.13",
    "import math",
    "import torch",
    "from torch import optim",
    "from torch.optim import lr_scheduler",
    "w = torch.zeros(2, requires_grad=True)",
    "def lrs(scheduler, epochs=8):\n"
    "    out = []\n"
    "    for _ in range(epochs):\n"
    "        scheduler.optimizer.step()\n"
    "        scheduler.step()\n"
    "        out.append(scheduler.get_last_lr())\n"
    "    return out",
    "opt = optim.SGD([w], lr=0.1)",
    "s = lr_scheduler.StepLR(opt, step_size=3, gamma=0.5)",
    "s.get_last_lr()",
    "lrs(s)",
    "opt.param_groups[0]['initial_lr']",
    "lrs(lr_scheduler.MultiStepLR(optim.SGD([w], lr=1.0), milestones=[2, 5, 5], gamma=0.1))",
    "lrs(lr_scheduler.ExponentialLR(optim.SGD([w], lr=0.3), gamma=0.9))",
    "lrs(lr_scheduler.CosineAnnealingLR(optim.SGD([w], lr=0.1), T_max=5), epochs=12)",
    "lrs(lr_scheduler.CosineAnnealingLR(optim.Adam([w], lr=0.01), T_max=4, eta_min=0.001), "
    "epochs=10)",
    "lrs(lr_scheduler.LambdaLR(optim.SGD([w], lr=0.2), lambda epoch: 0.95 ** epoch))",
    "lrs(lr_scheduler.MultiplicativeLR(optim.SGD([w], lr=0.2), lambda epoch: 0.9))",
    "lrs(lr_scheduler.LinearLR(optim.SGD([w], lr=0.05), start_factor=0.25, total_iters=4))",
    "lrs(lr_scheduler.ConstantLR(optim.SGD([w], lr=0.05), factor=0.5, total_iters=3))",
    "lrs(lr_scheduler.PolynomialLR(optim.SGD([w], lr=0.05), total_iters=6, power=2.0))",
    "two = optim.SGD([{'params': [w]}, {'params': [torch.ones(1, requires_grad=True)], "
    "'lr': 1.0}], lr=0.1)",
    "lrs(lr_scheduler.LambdaLR(two, [lambda e: 1 / (e + 1), lambda e: 0.5 ** e]), epochs=4)",
    "lr_scheduler.LambdaLR(two, [lambda e: 1.0])",
    "lr_scheduler.StepLR(w, step_size=2)",
    "lr_scheduler.ConstantLR(optim.SGD([w], lr=0.1), factor=2)",
    "lr_scheduler.LinearLR(optim.SGD([w], lr=0.1), start_factor=0)",
    # warnings
    "early = lr_scheduler.StepLR(optim.SGD([w], lr=0.1), step_size=1)",
    "early.step()",
    "early.get_last_lr()",
    "early.get_lr()",
    "early.step(5)",
    "early.get_last_lr()",
    # ReduceLROnPlateau
    "opt = optim.SGD([w], lr=1.0)",
    "plateau = lr_scheduler.ReduceLROnPlateau(opt, patience=2, factor=0.5)",
    "for metric in [1.0, 0.9, 0.95, 0.95, 0.95, 0.8, 0.85, 0.85, 0.85, 0.85]:\n"
    "    plateau.step(metric)\n"
    "    print(plateau.get_last_lr(), plateau.num_bad_epochs, plateau.best)",
    "lr_scheduler.ReduceLROnPlateau(opt, factor=1.5)",
    "lr_scheduler.ReduceLROnPlateau(opt, mode='middle')",
    "maxi = lr_scheduler.ReduceLROnPlateau(optim.SGD([w], lr=0.1), mode='max', patience=0, "
    "cooldown=1, min_lr=0.02, threshold_mode='abs')",
    "for metric in [1, 1, 1, 1, 1, 2, 2, 2]:\n"
    "    maxi.step(metric)\n"
    "    print(maxi.get_last_lr())",
    # a training loop with a scheduler
    "_ = torch.manual_seed(0)",
    "x = torch.linspace(-1, 1, 50)",
    "target = 3 * x - 0.5",
    "p = torch.randn(2, requires_grad=True)",
    "opt = optim.SGD([p], lr=0.5, momentum=0.9)",
    "sched = lr_scheduler.StepLR(opt, step_size=10, gamma=0.5)",
    "for epoch in range(50):\n"
    "    opt.zero_grad()\n"
    "    loss = ((p[0] * x + p[1] - target) ** 2).mean()\n"
    "    loss.backward()\n"
    "    opt.step()\n"
    "    sched.step()\n"
    "    if epoch % 10 == 9:\n"
    "        print(epoch, loss.item(), sched.get_last_lr())",
    "p",
    "sched.state_dict()",
]

TRANSCRIPTS = {"optim_from_pytorch": INPUTS, "optim_schedulers_from_pytorch": SCHEDULERS}


def main() -> None:
    write_transcripts(TRANSCRIPTS)


if __name__ == "__main__":
    main()
