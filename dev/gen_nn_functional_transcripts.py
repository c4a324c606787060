"""Generate tests/transcripts/nn_functional_from_pytorch.gsh from a real PyTorch.

The activations and losses of functional_more.py and functional_losses.py
and their nn modules: values, grad_fn, gradients, reprs, reductions, errors.
Run with the oracle venv (torch 2.13, CPU):

    /path/to/torch-venv/bin/python dev/gen_nn_functional_transcripts.py

Uses the REPL emulator of dev/gen_blocks_transcripts.py: every input runs as
Python's REPL would run it, and the transcript records what it printed.
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import OUT, render  # noqa: E402

INPUTS = [
    "# torch.nn.functional activations and losses, generated from PyTorch 2.13",
    "import torch",
    "import torch.nn as nn",
    "import torch.nn.functional as F",
    "x = torch.tensor([[-1.5, 0.25, 2.0], [0.5, -0.75, 7.0]], requires_grad=True)",
    "# activations: values and grad_fn",
    "F.leaky_relu(x), F.leaky_relu(x, 0.2)",
    "F.elu(x), F.elu(x, alpha=0.5)",
    "F.relu6(x * 2)",
    "F.hardtanh(x), F.hardtanh(x, -0.5, 0.5)",
    "F.softplus(x), F.softplus(x, beta=2, threshold=3)",
    "F.mish(x)",
    "F.logsigmoid(x)",
    "F.softmin(x, dim=1)",
    "F.glu(torch.tensor([[1., -2., 0.5, 3.]], requires_grad=True))",
    "F.threshold(x, 0.4, -1.0), torch.threshold(x, 1.0, 0.0)",
    "# gradients through each activation",
    "y = (F.leaky_relu(x, 0.1) + F.elu(x) + F.hardtanh(x) + F.relu6(x)).sum()",
    "y.backward()",
    "x.grad",
    "x.grad = None",
    "(F.softplus(x, 2., 3.) * F.mish(x) + F.logsigmoid(x)).sum().backward()",
    "x.grad",
    "x.grad = None",
    "(F.softmin(x, 1) * torch.tensor([1., 2., 3.])).sum().backward(); x.grad",
    "x.grad = None",
    "F.glu(x, 0).sum().backward(); x.grad",
    "# second derivatives: the backward rules are differentiable",
    "z = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)",
    "g, = torch.autograd.grad(F.mish(z).sum(), z, create_graph=True)",
    "g",
    "torch.autograd.grad(g.sum(), z)",
    "# in place",
    "w = torch.tensor([-2., 0.5, 9.])",
    "F.leaky_relu(w, 0.5, inplace=True), w",
    "F.relu6(torch.tensor([-2., 0.5, 9.]), inplace=True)",
    "F.elu(x.clone(), inplace=True).grad_fn.name()",
    "F.threshold(x.clone(), 0., 1., True).grad_fn.name()",
    "# integer inputs",
    "F.relu6(torch.tensor([-3, 2, 8])), F.threshold(torch.tensor([-1, 0, 2]), 0.5, 5)",
    "F.leaky_relu(torch.tensor([1, 2]))",
    "F.glu(torch.ones(2, 3))",
    "F.hardtanh(x, 2., 1.)",
    "# one_hot, normalize, cosine_similarity, pairwise_distance",
    "F.one_hot(torch.tensor([0, 2, 1])), F.one_hot(torch.tensor([[1], [3]]), 5)",
    "F.one_hot(torch.tensor([0., 1.]))",
    "F.one_hot(torch.tensor([0, 3]), 2)",
    "a = torch.tensor([[3., 4.], [1., -1.]], requires_grad=True)",
    "b = torch.tensor([[1., 0.], [2., 2.]])",
    "F.normalize(a), F.normalize(a, p=1, dim=0)",
    "F.cosine_similarity(a, b), torch.cosine_similarity(a, b, dim=0)",
    "F.pairwise_distance(a, b), F.pairwise_distance(a, b, p=1, keepdim=True)",
    "s = F.normalize(a).sum() + F.cosine_similarity(a, b).sum()",
    "(s + F.pairwise_distance(a, b).sum()).backward()",
    "a.grad",
    "F.cosine_similarity(torch.tensor([1, 2]), torch.tensor([3, 4]), dim=0)",
    "# losses",
    "p = torch.tensor([[0.5, -1.0, 2.0], [0.0, 3.0, -0.5]], requires_grad=True)",
    "q = torch.tensor([[1.0, -1.0, 0.0], [0.25, 1.0, 0.5]])",
    "F.l1_loss(p, q), F.l1_loss(p, q, reduction='sum'), F.l1_loss(p, q, reduction='none')",
    "F.smooth_l1_loss(p, q), F.smooth_l1_loss(p, q, beta=0.5, reduction='none')",
    "F.huber_loss(p, q), F.huber_loss(p, q, delta=0.5, reduction='sum')",
    "s = F.l1_loss(p, q) + F.smooth_l1_loss(p, q, reduction='sum')",
    "(s + F.huber_loss(p, q, delta=2.)).backward()",
    "p.grad",
    "F.l1_loss(p, q, reduction='average')",
    "F.smooth_l1_loss(p, q[0])",
    "F.huber_loss(p, q, delta=-1.)",
    "probs = torch.tensor([0.25, 0.5, 0.75, 0.125], requires_grad=True)",
    "labels = torch.tensor([0., 1., 1., 0.])",
    "F.binary_cross_entropy(probs, labels)",
    "F.binary_cross_entropy(probs, labels, reduction='none')",
    "weight = torch.tensor([1., 2., 1., 2.])",
    "F.binary_cross_entropy(probs, labels, weight=weight, reduction='sum').backward()",
    "probs.grad",
    "F.binary_cross_entropy(probs * 4, labels)",
    "F.binary_cross_entropy(probs, labels[:3])",
    "logits = torch.tensor([-1.0, 0.5, 2.0, -3.0], requires_grad=True)",
    "F.binary_cross_entropy_with_logits(logits, labels)",
    "pos_weight = torch.tensor(3.)",
    "bce = F.binary_cross_entropy_with_logits",
    "loss = bce(logits, labels, pos_weight=pos_weight, reduction='sum')",
    "loss, loss.backward(), logits.grad",
    "F.binary_cross_entropy_with_logits(logits, labels[1:])",
    "logq = torch.log_softmax(torch.tensor([[1., 2., 3.], [0.5, 0.5, 1.]]), 1).requires_grad_()",
    "target = torch.tensor([[0.25, 0.25, 0.5], [0.5, 0.0, 0.5]])",
    "F.kl_div(logq, target, reduction='batchmean'), F.kl_div(logq, target, reduction='none')",
    "F.kl_div(logq, target)",
    "F.kl_div(logq, target.log(), reduction='sum', log_target=True)",
    "F.kl_div(logq, target, reduction='batchmean').backward(); logq.grad",
    "# the modules",
    "nn.LeakyReLU(), nn.LeakyReLU(0.2, inplace=True), nn.ELU(), nn.ELU(alpha=0.5)",
    "nn.ReLU6(), nn.Hardtanh(), nn.Hardtanh(-2, 2, True), nn.Softplus(), nn.Softplus(2, 10)",
    "nn.Mish(), nn.LogSigmoid(), nn.Softmin(dim=1), nn.GLU(), nn.Threshold(0.1, 20)",
    "nn.Sequential(nn.Linear(2, 4), nn.LeakyReLU(0.1), nn.Linear(4, 2), nn.Softmin(1))",
    "nn.LeakyReLU(0.1)(x), nn.ELU()(x), nn.ReLU6()(x * 3)",
    "nn.Softplus(beta=2)(x), nn.Mish()(x), nn.LogSigmoid()(x)",
    "nn.Softmin(0)(x), nn.GLU(0)(x), nn.Threshold(0.3, -5.)(x), nn.Hardtanh(-0.5, 1.5)(x)",
    "nn.Hardtanh(1., 1.)",
    "nn.ReLU6().min_val, nn.ReLU6().max_val, nn.Softplus().threshold",
    "nn.L1Loss(), nn.SmoothL1Loss(beta=0.5), nn.HuberLoss(delta=2.0)",
    "nn.KLDivLoss(reduction='batchmean')",
    "nn.BCELoss(), nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.]))",
    "nn.L1Loss()(p, q), nn.L1Loss(reduction='sum')(p, q), nn.SmoothL1Loss(reduction='none')(p, q)",
    "nn.HuberLoss(delta=0.5)(p, q), nn.KLDivLoss(reduction='batchmean')(logq, target)",
    "nn.BCELoss(reduction='none')(probs, labels), nn.BCEWithLogitsLoss()(logits, labels)",
    "list(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.])).state_dict().items())",
    "nn.HuberLoss(delta='1')",
]


def main() -> None:
    path = os.path.join(OUT, "nn_functional_from_pytorch.gsh")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(render(INPUTS))
    print(f"wrote {os.path.relpath(path)}")


if __name__ == "__main__":
    main()
