"""Generate tests/transcripts/pool_ctc_from_pytorch.gsh from a real PyTorch:
F.fractional_max_pool2d / 3d (and their modules, _with_indices, _random_samples),
F.ctc_loss / nn.CTCLoss (reductions, target layouts, lengths, zero_infinity,
backward, errors) and torch.segment_reduce (reductions, lengths / offsets,
axis, initial, backward, errors). Values are pinned to the bit with tolist().

    /path/to/torch-venv/bin/python dev/gen_pool_ctc_transcripts.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

FRACTIONAL = [
    "# fractional max pooling, ctc_loss and segment_reduce, generated from PyTorch 2.13",
    "import torch",
    "import torch.nn as nn",
    "import torch.nn.functional as F",
    "_ = torch.manual_seed(0)",
    # the docstring examples, with PyTorch's random samples
    "input = torch.randn(20, 16, 50, 32)",
    "out = F.fractional_max_pool2d(input, 3, output_size=(13, 12))",
    "out.shape, out.sum().item(), out[3, 7].tolist()",
    "out = F.fractional_max_pool2d(input, 3, output_ratio=(0.5, 0.5))",
    "out.shape, out.sum().item(), out[19, 15, -1].tolist()",
    "input = torch.randn(2, 3, 20, 16, 12)",
    "out, idx = F.fractional_max_pool3d(input, 3, output_size=(7, 6, 5), return_indices=True)",
    "out.shape, out.sum().item(), idx.sum().item(), out[1, 2, 3].tolist()",
    "F.fractional_max_pool3d(input, 2, output_ratio=(0.5, 0.5, 0.5)).sum().item()",
    "F.fractional_max_pool3d(input, 2, output_ratio=0.5).shape",
    "x = torch.randn(1, 2, 7, 6, requires_grad=True)",
    "y, i = F.fractional_max_pool2d(x, 2, output_size=3, return_indices=True)",
    "y",
    "i",
    "y.sum().backward()",
    "x.grad",
    "s = torch.tensor([[[0.3, 0.9], [0.5, 0.1]]])",
    "F.fractional_max_pool2d(x, (2, 3), output_size=(4, 3), _random_samples=s)",
    "F.fractional_max_pool2d_with_indices(x, 2, output_ratio=(0.5, 0.5), _random_samples=s)",
    "F.fractional_max_pool2d(x[0], 2, output_size=(3, 2), _random_samples=s[:1])",
    "F.fractional_max_pool2d(x, 2, output_size=(1, 1), _random_samples=s)",
    "F.fractional_max_pool2d(x.double(), 3, output_size=(5, 4), _random_samples=s.double())",
    "F.fractional_max_pool2d(torch.arange(36.).view(1, 1, 6, 6).half(), 2, output_size=3, "
    "_random_samples=torch.tensor([[[0.7, 0.2]]]).half())",
    "z = torch.tensor([[[[1., float('nan'), 3.], [float('nan'), 2., 5.], [4., 4., 0.]]]])",
    "F.fractional_max_pool2d(z, 2, output_size=2, return_indices=True, "
    "_random_samples=torch.tensor([[[0.5, 0.5]]]))",
    "F.fractional_max_pool2d(torch.zeros(0, 2, 5, 5), 2, output_size=3).shape",
    "F.fractional_max_pool2d(x, 0, output_size=3)",
    "F.fractional_max_pool2d(x, 2, output_size=0).shape",
    "x3 = torch.randn(2, 6, 5, 7, requires_grad=True)",
    "y3, i3 = F.fractional_max_pool3d(x3, 2, output_size=(3, 2, 2), return_indices=True)",
    "y3",
    "i3",
    "torch.autograd.grad(y3.sum(), x3)[0].sum(dim=(1, 2, 3))",
    "F.fractional_max_pool3d_with_indices(x3, (2, 1, 3), (4, 3, 2), "
    "_random_samples=torch.tensor([[[0.1, 0.5, 0.9], [0.9, 0.0, 0.4]]]))[1]",
    "y.grad_fn.name(), y3.grad_fn.name()",
    "g, = torch.autograd.grad(F.fractional_max_pool2d(x, 2, output_size=3, _random_samples=s)"
    ".sum(), x, create_graph=True)",
    "g.sum(), g.grad_fn.name()",
    "torch.autograd.grad(g, x, torch.ones_like(g))[0].sum()",
    # errors, in PyTorch's words
    "F.fractional_max_pool2d(x, 2)",
    "F.fractional_max_pool2d(x, 2, output_ratio=0.5)",
    "F.fractional_max_pool2d(x, 2, output_ratio=(0.5, 0.5, 0.5))",
    "F.fractional_max_pool2d(x, 2, output_size=7)",
    "F.fractional_max_pool2d(x, 2, output_size=(3, 2, 1))",
    "F.fractional_max_pool2d(x, (2, 2, 2), output_size=3)",
    "F.fractional_max_pool2d(x[0, 0], 2, output_size=3)",
    "F.fractional_max_pool2d(x, 2, output_size=3, _random_samples=s.double())",
    "F.fractional_max_pool2d(x, 2, output_size=3, _random_samples=s[0])",
    "F.fractional_max_pool2d(x, 2, output_size=3, _random_samples=s[:, :1])",
    "F.fractional_max_pool2d(x, 2, output_size=3, _random_samples=torch.rand(1, 2, 3))",
    "F.fractional_max_pool2d(x.long(), 2, output_size=3)",
    "F.fractional_max_pool2d(torch.zeros(2, 0, 5, 5), 2, output_size=3)",
    "F.fractional_max_pool3d(x, 2, output_size=2)",
    "F.fractional_max_pool3d(x3, 2, output_size=(5, 2, 2))",
    "F.fractional_max_pool3d(x3, 2, output_size=(3, 2, 3))",
    "F.fractional_max_pool3d(x3, 2, output_size=(3, 4, 2))",
    "F.fractional_max_pool3d(x3, (2, 2), output_size=(3, 2, 2))",
    "F.fractional_max_pool3d(x3, 2, output_size=(3, 2))",
    "F.fractional_max_pool3d(x3, 2)",
    "F.fractional_max_pool3d(x3[0], 2, output_size=2)",
    "F.fractional_max_pool2d(x, 2, output_size=-1)",
    "F.fractional_max_pool2d(x, 2.5, output_size=2)",
    "F.fractional_max_pool2d(x, (2, 2.5), output_size=2)",
    "F.fractional_max_pool2d(x, -1, output_size=2, return_indices=True)",
    "F.fractional_max_pool2d(x, 2, output_size=(3, 4), return_indices=True, "
    "_random_samples=torch.tensor([[[-0.5, 2.0], [1.0, 0.99]]]))",
    "F.fractional_max_pool2d(x, 2, output_size=2, _random_samples=torch.rand(3, 2, 2))",
    # the modules
    "nn.FractionalMaxPool2d(3, output_ratio=(0.5, 0.5))",
    "nn.FractionalMaxPool3d(2, output_size=(3, 2, 2))",
    "nn.FractionalMaxPool2d(3)",
    "nn.FractionalMaxPool2d(3, output_size=2, output_ratio=0.5)",
    "nn.FractionalMaxPool2d(3, output_ratio=1.5)",
    "nn.FractionalMaxPool3d(3, output_ratio=(0.5, 1.5, 0.5))",
    "nn.FractionalMaxPool3d(0, output_ratio=0.5)",
    "m = nn.FractionalMaxPool2d(2, output_ratio=0.5)",
    "m.kernel_size, m.output_ratio, m.output_size",
    "m(torch.arange(36.).view(1, 1, 6, 6))",
    "nn.FractionalMaxPool2d((2, 3), output_size=4, return_indices=True)(torch.randn(2, 7, 9))",
    "nn.FractionalMaxPool3d(2, output_ratio=0.5)(torch.randn(1, 2, 6, 6, 5))",
]

CTC = [
    # the docstring example of F.ctc_loss (padded targets)
    "log_probs = torch.randn(50, 16, 20).log_softmax(2).detach().requires_grad_()",
    "targets = torch.randint(1, 20, (16, 30), dtype=torch.long)",
    "input_lengths = torch.full((16,), 50, dtype=torch.long)",
    "target_lengths = torch.randint(10, 30, (16,), dtype=torch.long)",
    "loss = F.ctc_loss(log_probs, targets, input_lengths, target_lengths)",
    "loss.backward()",
    "loss, log_probs.grad.shape",
    # the same on inputs both libraries round alike (log_softmax may differ in the last
    # bit), pinned to the bit
    "log_probs = (torch.randn(50, 16, 20) * 0.5 - 3).requires_grad_()",
    "loss = F.ctc_loss(log_probs, targets, input_lengths, target_lengths)",
    "loss.backward()",
    "loss.item()",
    "log_probs.grad.sum().item(), log_probs.grad[0, 0].tolist(), log_probs.grad[49, 15].tolist()",
    "log_probs.grad[17, 3].tolist()",
    "F.ctc_loss(log_probs, targets, input_lengths, target_lengths, reduction='none').tolist()",
    # nn.CTCLoss's example: concatenated targets, lengths of several sizes
    "T, C, N, S = 50, 20, 16, 30",
    "input = (torch.randn(T, N, C) - 3).requires_grad_()",
    "input_lengths = torch.randint(low=1, high=T, size=(N,), dtype=torch.long)",
    "target_lengths = torch.randint(low=1, high=S, size=(N,), dtype=torch.long)",
    "target = torch.randint(low=1, high=C, size=(sum(target_lengths),), dtype=torch.long)",
    "ctc = nn.CTCLoss()",
    "loss = ctc(input, target, input_lengths, target_lengths)",
    "loss.backward()",
    "loss",
    "input.grad.sum().item(), input.grad[0, 1].tolist()",
    "nn.CTCLoss(reduction='none')(input, target, input_lengths, target_lengths).tolist()",
    "nn.CTCLoss(reduction='sum', zero_infinity=True)(input, target, input_lengths, "
    "target_lengths).item()",
    # small cases: every reduction, layouts, lengths as tuples, float64, unbatched
    "lp = (torch.randn(6, 2, 5) - 1.5).requires_grad_()",
    "tg = torch.tensor([[1, 2, 2], [3, 1, 0]])",
    "il = torch.tensor([6, 5])",
    "tl = torch.tensor([3, 2])",
    "l = F.ctc_loss(lp, tg, il, tl, reduction='none')",
    "l, l.tolist(), l.grad_fn.next_functions[0][0].name()",
    "l = F.ctc_loss(lp, tg, il, tl)",
    "l, l.item(), l.grad_fn.next_functions[0][0].name()",
    "l.grad_fn.next_functions[0][0].next_functions[0][0].name()",
    "F.ctc_loss(lp, tg, il, tl, reduction='sum')",
    "F.ctc_loss(lp, tg, (6, 5), (3, 2)).item(), F.ctc_loss(lp, tg, [6, 5], [3, 2]).item()",
    "F.ctc_loss(lp, torch.tensor([1, 2, 2, 3, 1]), il, tl, reduction='none').tolist()",
    "F.ctc_loss(lp, tg.int(), il.int(), tl.int()).item()",
    "F.ctc_loss(lp, tg.float(), il, tl).item()",
    "F.ctc_loss(lp, tg, il, tl, blank=4, reduction='none').tolist()",
    "F.ctc_loss(lp.double(), tg, il, tl, reduction='none').tolist()",
    "F.ctc_loss(lp[:, 0], torch.tensor([1, 2, 2]), torch.tensor(6), torch.tensor(3), "
    "reduction='none')",
    "F.ctc_loss(lp[:, 0], torch.tensor([1, 2, 2]), torch.tensor([6]), torch.tensor([3]))",
    "F.ctc_loss(lp, tg, il, torch.tensor([3, 0]), reduction='none').tolist()",
    "F.ctc_loss(lp, tg, torch.tensor([2, 0]), torch.tensor([3, 0]), reduction='none')",
    "F.ctc_loss(lp, tg, torch.tensor([2, 0]), torch.tensor([3, 0]), reduction='none', "
    "zero_infinity=True)",
    "F.ctc_loss(lp, tg, torch.tensor([2, 6]), torch.tensor([3, 2]), zero_infinity=True)",
    "g, = torch.autograd.grad(F.ctc_loss(lp, tg, il, tl), lp)",
    "g.tolist()",
    "g, = torch.autograd.grad(F.ctc_loss(lp, tg, torch.tensor([2, 6]), torch.tensor([3, 2]), "
    "reduction='sum', zero_infinity=True), lp)",
    "g",
    "g, = torch.autograd.grad(F.ctc_loss(lp.double(), tg, il, tl, reduction='sum'), lp)",
    "g.tolist()",
    "g, = torch.autograd.grad(F.ctc_loss(lp[:, 1], tg[1, :2], (5,), (2,)), lp)",
    "g[:, 1].tolist()",
    "g, = torch.autograd.grad(F.ctc_loss(lp, tg, il, tl, reduction='sum'), lp, create_graph=True)",
    "g.grad_fn.name()",
    "g.sum().backward()",
    "nn.CTCLoss(), nn.CTCLoss(blank=1, reduction='sum', zero_infinity=True)",
    "nn.CTCLoss(blank=2)(lp, torch.tensor([[1, 3, 3], [4, 1, 0]]), il, tl)",
    # errors, in PyTorch's words
    "F.ctc_loss(lp, tg, il, tl, blank=5)",
    "F.ctc_loss(lp, tg, il, tl, blank=-1)",
    "F.ctc_loss(lp, tg, il, tl, reduction='foo')",
    "F.ctc_loss(lp, tg, torch.tensor([7, 5]), tl)",
    "F.ctc_loss(lp, tg, torch.tensor([-1, 5]), tl)",
    "F.ctc_loss(lp, tg, il, torch.tensor([4, 2]))",
    "F.ctc_loss(lp, tg, il, torch.tensor([-1, 2]))",
    "F.ctc_loss(lp, tg, il[:1], tl)",
    "F.ctc_loss(lp, tg, il, tl[:1])",
    "F.ctc_loss(lp, tg, il.float(), tl)",
    "F.ctc_loss(lp, tg, il, tl.float())",
    "F.ctc_loss(lp, tg[:1], il, tl)",
    "F.ctc_loss(lp, torch.tensor([1, 2, 2, 3]), il, tl)",
    "F.ctc_loss(lp, tg[None], il, tl)",
    "F.ctc_loss(lp[None], tg, il, tl)",
    "F.ctc_loss(lp.half(), tg, il, tl)",
    "F.ctc_loss(lp, tg, (6, 5.5), (3, 2))",
    "F.ctc_loss(torch.zeros(4, 0, 3), torch.zeros(0, 2, dtype=torch.long), "
    "torch.zeros(0, dtype=torch.long), torch.zeros(0, dtype=torch.long))",
    "F.ctc_loss(torch.zeros(4, 1, 3), torch.tensor([[1, 1]]), [2], [2], reduction='none')",
    "F.ctc_loss(torch.zeros(4, 1, 3), torch.tensor([[1, 1]]), [3], [2], reduction='none')",
    "F.ctc_loss(torch.zeros(4, 1, 3).log_softmax(2), torch.tensor([[2, 2]]), [4], [2], "
    "reduction='none').tolist()",
]

SEGMENT = [
    "data = torch.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], dtype=torch.float32, "
    "requires_grad=True)",
    "lengths = torch.tensor([2, 1])",
    "torch.segment_reduce(data, 'max', lengths=lengths)",
    "[torch.segment_reduce(data, r, lengths=lengths) for r in ('sum', 'mean', 'min', 'prod')]",
    "torch.segment_reduce(data, 'amax', lengths=lengths), "
    "torch.segment_reduce(data, 'amin', lengths=lengths)",
    "torch.segment_reduce(data, 'sum', offsets=torch.tensor([0, 2, 3]))",
    "torch.segment_reduce(data, 'mean', lengths=torch.tensor([0, 3]))",
    "torch.segment_reduce(data, 'mean', lengths=torch.tensor([0, 3]), initial=2)",
    "torch.segment_reduce(data, 'max', lengths=torch.tensor([0, 3]))",
    "torch.segment_reduce(data, 'prod', lengths=torch.tensor([0, 3]), initial=2)",
    "torch.segment_reduce(data, 'sum', lengths=torch.tensor([[1, 1, 2], [2, 2, 0], [4, 0, 0]]), "
    "axis=1)",
    "torch.segment_reduce(data, 'max', offsets=torch.tensor([[0, 1, 4], [0, 2, 4], [0, 0, 4]]), "
    "axis=-1)",
    "torch.segment_reduce(data.double(), 'sum', lengths=lengths, unsafe=True)",
    "torch.segment_reduce(data.half(), 'mean', lengths=lengths)",
    "torch.segment_reduce(data, 'sum', lengths=lengths.int())",
    "torch.segment_reduce(torch.tensor([-3., 2]), 'max', lengths=torch.tensor([1, 1]), initial=0)",
    "w = torch.randn(1000)",
    "torch.segment_reduce(w, 'sum', lengths=torch.tensor([1, 999])).tolist()",
    "torch.segment_reduce(w, 'mean', lengths=torch.tensor([500, 500])).tolist()",
    "torch.segment_reduce(w[:40], 'prod', lengths=torch.tensor([17, 23])).tolist()",
    "r = torch.segment_reduce(data, 'max', lengths=lengths)",
    "r.grad_fn.name()",
    "r.sum().backward()",
    "data.grad",
    "x = torch.tensor([1., 3, 3, 0, 2, 0, float('nan'), 5], requires_grad=True)",
    "[torch.autograd.grad(torch.segment_reduce(x, r, lengths=torch.tensor([3, 3, 2])), x, "
    "torch.tensor([1., 2, 3]))[0] for r in ('max', 'min', 'prod', 'mean', 'sum')]",
    "torch.autograd.grad(torch.segment_reduce(x, 'prod', lengths=torch.tensor([3, 3, 2]), "
    "initial=2), x, torch.tensor([1., 2, 3]))",
    "x = torch.tensor([1., -3, 3, 1, 3, 3], requires_grad=True)",
    "r = torch.segment_reduce(x, 'max', lengths=torch.tensor([3, 3]))",
    "g, = torch.autograd.grad(r, x, torch.tensor([-1., 2.]), create_graph=True)",
    "g",
    "g.sum().backward()",
    "y = torch.randn(2, 5, 3, requires_grad=True)",
    "r = torch.segment_reduce(y, 'mean', lengths=torch.tensor([[2, 3], [5, 0]]), axis=1)",
    "r",
    "torch.autograd.grad(r.sum(), y)",
    # errors, in PyTorch's words
    "torch.segment_reduce(data, 'sum', lengths=torch.tensor([2, 2]))",
    "torch.segment_reduce(data, 'sum', lengths=torch.tensor([4, -1]))",
    "torch.segment_reduce(data, 'foo', lengths=lengths)",
    "torch.segment_reduce(data, 'sum')",
    "torch.segment_reduce(data, 'sum', indices=lengths)",
    "torch.segment_reduce(data, 'sum', lengths=lengths.float())",
    "torch.segment_reduce(data.long(), 'sum', lengths=lengths)",
    "torch.segment_reduce(data, 'sum', lengths=lengths, axis=2)",
    "torch.segment_reduce(data, 'sum', lengths=torch.tensor([1, 1, 2]), axis=1)",
    "torch.segment_reduce(data, 'sum', lengths=torch.tensor([[3]]), axis=0)",
    "torch.segment_reduce(data, 'sum', offsets=torch.tensor([0., 2, 3]))",
    "torch.segment_reduce(data, 'sum', offsets=torch.tensor([0, 2, 3]), axis=1)",
    "torch.segment_reduce(data, 'sum', lengths=torch.tensor([1, 2]), "
    "offsets=torch.tensor([0, 2, 3]))",
    "torch.segment_reduce(torch.tensor(3.), 'sum', lengths=torch.tensor([1]))",
    "torch.segment_reduce(torch.tensor(3.), 'sum', lengths=torch.tensor(1))",
    "torch.segment_reduce(torch.ones(4), 'sum', lengths=torch.tensor([5, 1]), unsafe=True)",
    "torch.segment_reduce(torch.ones(0), 'sum', lengths=torch.tensor([0]))",
    "torch.segment_reduce(torch.ones(0), 'mean', lengths=torch.tensor([0, 0]))",
]

TRANSCRIPTS = {"pool_ctc_from_pytorch": FRACTIONAL + CTC + SEGMENT}


def main() -> None:
    write_transcripts(TRANSCRIPTS)


if __name__ == "__main__":
    main()
