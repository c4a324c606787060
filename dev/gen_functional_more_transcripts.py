"""Generate tests/transcripts/functional_more_from_pytorch.gsh from a real PyTorch:
conv3d, the transposed convolutions, pixel/channel shuffles, 1-d and 3-d
pooling, more activations and losses of torch.nn.functional (values,
errors, grad_fn names, a backward each).

    /path/to/torch-venv/bin/python dev/gen_functional_more_transcripts.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

INPUTS = [
    "# more of torch.nn.functional, generated from PyTorch 2.13",
    "import torch",
    "import torch.nn.functional as F",
    # conv3d and transposed convolutions
    "x3 = torch.arange(16.).view(1, 2, 2, 2, 2)",
    "F.conv3d(x3, torch.ones(1, 2, 2, 2, 2))",
    "F.conv3d(x3, torch.ones(3, 1, 1, 1, 2), groups=2, padding=(0, 1, 0))",
    "F.conv3d(torch.ones(2, 4, 4), torch.ones(1, 2, 2, 2, 2))",
    "x = torch.tensor([[[1., 2., 3.]]], requires_grad=True)",
    "w = torch.tensor([[[1., -1.], [2., 0.5]]], requires_grad=True)",
    "y = F.conv_transpose1d(x, w, stride=2)",
    "y",
    "F.conv_transpose1d(x, w, torch.tensor([1., -1.]), stride=2, padding=1, output_padding=1)",
    "F.conv_transpose1d(x, w, dilation=2, output_padding=1)",
    "y.sum().backward()",
    "x.grad",
    "w.grad",
    "F.conv_transpose1d(torch.ones(2, 3), torch.ones(2, 1, 2))",
    "F.conv_transpose2d(torch.arange(8.).view(1, 2, 2, 2), torch.ones(2, 1, 2, 2), groups=2, "
    "stride=2)",
    "F.conv_transpose2d(torch.arange(4.).view(1, 1, 2, 2), torch.arange(6.).view(1, 1, 2, 3), "
    "stride=(2, 1), padding=(1, 0), output_padding=(1, 0))",
    "F.conv_transpose2d(torch.arange(4).view(1, 1, 2, 2), torch.ones(1, 2, 2, 2, "
    "dtype=torch.long))",
    "F.conv_transpose3d(torch.ones(1, 1, 2, 2, 2), torch.ones(1, 1, 2, 1, 2))",
    "F.conv_transpose1d(torch.ones(1, 2, 4), torch.ones(2, 3, 2), output_padding=1)",
    "F.conv_transpose2d(torch.ones(1, 2, 4, 4), torch.ones(2, 3, 2, 2), output_padding=1)",
    "F.conv_transpose1d(torch.ones(1, 3, 4), torch.ones(2, 3, 2))",
    "F.conv_transpose1d(torch.ones(4), torch.ones(2, 3, 2))",
    "F.conv_transpose1d(torch.ones(1, 2, 4), torch.ones(2, 3, 2), padding=3)",
    "F.conv_transpose1d(torch.ones(1, 2, 4), torch.ones(2, 3, 2), padding='same')",
    "F.conv_transpose1d(torch.ones(1, 2, 4), torch.ones(2, 3, 2), torch.ones(2))",
    # shuffles
    "input = torch.arange(16.).view(1, 4, 2, 2).requires_grad_()",
    "F.pixel_shuffle(input, 2)",
    "F.pixel_unshuffle(torch.arange(16.).view(1, 1, 4, 4), 2)",
    "F.pixel_shuffle(input, 2).pow(2).sum().backward()",
    "input.grad",
    "F.channel_shuffle(input, 2)",
    "F.native_channel_shuffle(input, 2)",
    "F.pixel_shuffle(torch.ones(1, 3, 2, 2), 2)",
    "F.pixel_shuffle(torch.ones(3, 2), 2)",
    "F.pixel_shuffle(torch.ones(1, 4, 2, 2), 0)",
    "F.pixel_unshuffle(torch.ones(1, 1, 3, 4), 2)",
    "F.pixel_unshuffle(torch.ones(1, 4, 2, 3), 2)",
    "F.channel_shuffle(torch.ones(1, 3, 2, 2), 2)",
    "F.channel_shuffle(torch.ones(3), 3)",
    "F.channel_shuffle(torch.ones(1, 4, 2), 0)",
    "F.channel_shuffle(torch.ones(1, 4, 2), 2.5)",
    # 1-d and 3-d pooling
    "s = torch.tensor([[[1., 2., 3., 4., 5., 6., 7.]]], requires_grad=True)",
    "F.avg_pool1d(s, kernel_size=3, stride=2)",
    "F.avg_pool1d(s, 3, 2, 1, count_include_pad=False)",
    "F.max_pool1d(s, 2)",
    "F.max_pool1d(s, 3, 2, 1, return_indices=True)",
    "F.max_pool1d(s, 2, ceil_mode=True).sum().backward()",
    "s.grad",
    "F.avg_pool1d(torch.arange(6).view(1, 1, 6), 2)",
    "F.avg_pool1d(torch.ones(1, 2, 4), 5)",
    "F.avg_pool1d(torch.ones(2, 4, 3, 3), 2)",
    "F.max_pool1d(torch.ones(1, 2, 4), 5)",
    "F.max_pool1d(torch.ones(1, 1, 4), 2, padding=2)",
    "v = torch.arange(27.).view(1, 3, 3, 3).requires_grad_()",
    "F.max_pool3d(v, 2, stride=1)",
    "F.max_pool3d(v, 2, padding=1, return_indices=True)",
    "F.avg_pool3d(v, 2, stride=1)",
    "F.avg_pool3d(v, 2, padding=1, count_include_pad=False)",
    "F.avg_pool3d(v, 3, padding=1, divisor_override=2)",
    "F.avg_pool3d(v, 2, stride=2, ceil_mode=True).sum().backward()",
    "v.grad",
    "F.avg_pool3d(torch.arange(64).view(1, 1, 4, 4, 4) - 30, 3, 1, 1)",
    "F.avg_pool3d(torch.ones(1, 2, 2, 2), 3)",
    "F.max_pool3d(torch.ones(1, 2, 2, 2), 3)",
    "F.max_pool3d(torch.ones(2, 2), 1)",
    "F.max_pool3d(torch.ones(1, 1, 4, 4, 4), (2, 2))",
    "F.avg_pool3d(torch.ones(1, 1, 4, 4, 4), 2, padding=2)",
    # activations
    "a = torch.tensor([-4., -2.5, -1., -0.25, 0., 0.5, 1.5, 3., 4.], requires_grad=True)",
    "F.hardswish(a)",
    "F.hardsigmoid(a)",
    "F.softsign(a)",
    "F.tanhshrink(a)",
    "F.softshrink(a)",
    "F.softshrink(a, 1.0)",
    "F.hardshrink(a)",
    "torch.hardshrink(a, 1.0)",
    "F.celu(a)",
    "F.celu(a, 0.5)",
    "F.selu(a)",
    "torch.selu(a)",
    "F.rrelu(a)",
    "torch.autograd.grad(F.hardswish(a).sum(), a)",
    "torch.autograd.grad(F.hardsigmoid(a).sum(), a)",
    "torch.autograd.grad(F.softshrink(a).sum(), a)",
    "torch.autograd.grad(F.hardshrink(a).sum(), a)",
    "torch.autograd.grad(F.selu(a).sum(), a)",
    "torch.autograd.grad(F.celu(a, 2.).sum(), a)",
    "torch.autograd.grad(F.rrelu(a).sum(), a)",
    "F.hardswish(torch.arange(3))",
    "F.hardsigmoid(torch.arange(3))",
    "F.softshrink(torch.ones(2), -1)",
    "F.hardshrink(torch.arange(3))",
    "F.celu(torch.ones(2), 0.)",
    "F.selu(torch.arange(3))",
    "F.softsign(torch.arange(3))",
    "F.rrelu(torch.arange(3))",
    # losses
    "i1 = torch.tensor([0.5, -1., 2., 0.], requires_grad=True)",
    "i2 = torch.tensor([1., 0.5, -0.5, 0.25])",
    "t = torch.tensor([1., -1., 1., -1.])",
    "F.margin_ranking_loss(i1, i2, t)",
    "F.margin_ranking_loss(i1, i2, t, margin=0.5, reduction='none')",
    "F.hinge_embedding_loss(i1, t)",
    "F.hinge_embedding_loss(i1, t, margin=2., reduction='sum')",
    "F.soft_margin_loss(i1, t)",
    "F.soft_margin_loss(i1, t, reduction='none')",
    "F.cosine_embedding_loss(torch.tensor([[1., 0.], [1., 1.]]), torch.tensor([[1., 1.], "
    "[-1., 2.]]), torch.tensor([1., -1.]))",
    "F.cosine_embedding_loss(i1, i2, torch.tensor(-1.), reduction='none')",
    "F.poisson_nll_loss(i1, i2.abs())",
    "F.poisson_nll_loss(i1.abs() + 1, torch.tensor([1., 2., 3., 4.]), log_input=False, "
    "full=True)",
    "F.gaussian_nll_loss(i1, i2, torch.tensor([0.5, 1., 2., 1.]))",
    "F.gaussian_nll_loss(i1, i2, torch.tensor([0.5, 1., 2., 1.]), full=True, reduction='sum')",
    "F.triplet_margin_loss(torch.tensor([[0., 0.], [1., 1.]]), torch.tensor([[1., 0.], "
    "[1., 2.]]), torch.tensor([[3., 0.], [1., 1.5]]))",
    "F.triplet_margin_loss(torch.tensor([[0., 0.]]), torch.tensor([[1., 0.]]), "
    "torch.tensor([[0.5, 0.]]), swap=True, p=1)",
    "F.multilabel_soft_margin_loss(torch.tensor([[0.5, -1., 2.]]), torch.tensor([[1., 0., 1.]]))",
    "loss = F.soft_margin_loss(i1, t) + F.margin_ranking_loss(i1, i2, t, margin=0.3)",
    "loss.grad_fn.name()",
    "F.soft_margin_loss(i1, t).grad_fn.name()",
    "F.hinge_embedding_loss(i1, t).grad_fn.name()",
    "loss.backward()",
    "i1.grad",
    "F.margin_ranking_loss(i1, i2, t.view(2, 2))",
    "F.soft_margin_loss(i1, t, reduction='avg')",
    "F.poisson_nll_loss(i1, t, reduction='avg')",
    "F.gaussian_nll_loss(i1, i2, torch.tensor([-1., 1., 1., 1.]))",
    "F.gaussian_nll_loss(i1, i2, torch.ones(3))",
    "F.triplet_margin_loss(i1, i2, i2, margin=0)",
    "F.triplet_margin_loss(i1.view(2, 2), i2.view(2, 2), i2)",
    "F.cosine_embedding_loss(i1, i2, t)",
]

TRANSCRIPTS = {"functional_more_from_pytorch": INPUTS}

if __name__ == "__main__":
    write_transcripts(TRANSCRIPTS)
