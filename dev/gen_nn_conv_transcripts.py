"""Generate tests/transcripts/nn_conv_from_pytorch.gsh from a real PyTorch (conv and pooling).

Run with the oracle venv (torch 2.13, CPU):

    /path/to/torch-venv/bin/python dev/gen_nn_conv_transcripts.py

Uses the REPL emulator of dev/gen_blocks_transcripts.py. Inputs hold small
integers (and weights set to integers) where a printed float could depend
on PyTorch's summation order.
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import OUT, render  # noqa: E402

INPUTS = [
    "# torch.nn convolution and pooling, generated from PyTorch 2.13",
    "import torch",
    "import torch.nn as nn",
    "import torch.nn.functional as F",
    "_ = torch.manual_seed(0)",
    "# Conv2d draws PyTorch's initial weights: kaiming_uniform_(a=sqrt(5)), then the bias",
    "conv = nn.Conv2d(1, 4, 3)",
    "conv",
    "conv.weight",
    "conv.bias",
    "conv.weight.shape, conv.kernel_size, conv.stride, conv.padding",
    "nn.Conv2d(2, 4, (3, 5), stride=2, padding=1, dilation=2, groups=2, bias=False)",
    "nn.Conv2d(2, 4, 3, padding='same')",
    "nn.Conv1d(2, 4, 3, padding=(2,))",
    "c1 = nn.Conv1d(2, 3, 2)",
    "c1.weight",
    "c1.bias",
    "# forward and backward on small integers",
    "x = torch.arange(16.).view(1, 1, 4, 4)",
    "y = conv(x)",
    "y.shape, y.grad_fn.name()",
    "y.sum().backward()",
    "conv.weight.grad",
    "conv.bias.grad",
    "w = torch.tensor([[[[1., 0.], [0., -1.]]]], requires_grad=True)",
    "b = torch.tensor([0.5], requires_grad=True)",
    "xin = torch.arange(9.).view(1, 1, 3, 3).requires_grad_()",
    "out = F.conv2d(xin, w, b)",
    "out",
    "(out * torch.tensor([[[[1., 2.], [3., 4.]]]])).sum().backward()",
    "xin.grad",
    "w.grad",
    "b.grad",
    "# stride, padding, dilation, groups",
    "k = torch.ones(1, 1, 3, 3)",
    "F.conv2d(x, k, padding=1)",
    "F.conv2d(x, k, stride=2, padding=1)",
    "F.conv2d(x, torch.ones(1, 1, 2, 2), dilation=2)",
    "F.conv2d(x, torch.ones(1, 1, 2, 2), padding='same')",
    "g = torch.arange(32.).view(1, 2, 4, 4)",
    "F.conv2d(g, torch.ones(2, 1, 2, 2), groups=2, stride=2)",
    "F.conv1d(torch.arange(10.).view(1, 2, 5), torch.ones(3, 2, 2), stride=2).shape",
    "F.conv1d(torch.tensor([[1., 2., 3., 4.]]), torch.tensor([[[1., -1.]]]))",
    "torch.conv2d(x, k).grad_fn is None",
    "F.conv2d(torch.ones(2, 3, 3, requires_grad=True), torch.ones(1, 2, 2, 2)).grad_fn.name()",
    "# pooling",
    "p = torch.tensor([[[[1., 5., 2., 0.], [3., 4., 8., 1.], "
    "[0., 2., 6., 7.], [9., 1., 3., 2.]]]])",
    "nn.MaxPool2d(2)",
    "nn.MaxPool2d((2, 3), stride=1, padding=1, dilation=2, ceil_mode=True)",
    "nn.AvgPool2d(2)",
    "nn.AvgPool2d((2, 3), 1, 1)",
    "nn.AdaptiveAvgPool2d((2, None))",
    "nn.MaxPool2d(2)(p)",
    "F.max_pool2d(p, 2, return_indices=True)",
    "F.max_pool2d(p, 3, stride=2, padding=1, ceil_mode=True)",
    "F.avg_pool2d(p, 2)",
    "F.avg_pool2d(p, 3, stride=2, padding=1, ceil_mode=True)",
    "F.avg_pool2d(p, 3, stride=2, padding=1, count_include_pad=False)",
    "F.avg_pool2d(p, 2, divisor_override=3)",
    "F.adaptive_avg_pool2d(p, 2)",
    "F.adaptive_avg_pool2d(p, (3, 2))",
    "nn.AdaptiveAvgPool2d(1)(p)",
    "q = p.clone().requires_grad_()",
    "m = F.max_pool2d(q, 2)",
    "m.grad_fn.name()",
    "m.sum().backward()",
    "q.grad",
    "q.grad = None",
    "a = F.avg_pool2d(q, 2, stride=1)",
    "a.grad_fn.name()",
    "a.sum().backward()",
    "q.grad",
    "F.adaptive_avg_pool2d(q, 3).grad_fn.name()",
    "F.adaptive_avg_pool2d(q, 1).grad_fn.name()",
    "# a tiny CNN",
    "_ = torch.manual_seed(1)",
    "net = nn.Sequential(nn.Conv2d(1, 2, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten())",
    "net",
    "net(torch.ones(1, 1, 4, 4)).shape",
    "# wrong shapes: PyTorch's messages",
    "F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 1, 3, 3))",
    "F.conv2d(torch.ones(5, 5), torch.ones(3, 1, 3, 3))",
    "F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 2, 7, 7))",
    "F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 2, 3, 3), torch.ones(4))",
    "F.conv2d(torch.ones(1, 4, 5, 5), torch.ones(3, 2, 3, 3), groups=2)",
    "F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 2, 3, 3), stride=2, padding='same')",
    "F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 2, 3, 3, dtype=torch.float64))",
    "F.conv1d(torch.ones(1, 2, 5), torch.ones(3, 2, 3, 3))",
    "conv(torch.ones(1, 3, 8, 8))",
    "nn.Conv2d(2, 4, 3, groups=3)",
    "F.max_pool2d(torch.ones(5, 5), 2)",
    "F.max_pool2d(torch.ones(1, 1, 5, 5), 2, padding=2)",
    "F.avg_pool2d(torch.ones(1, 1, 5, 5), 7)",
    "F.adaptive_avg_pool2d(torch.ones(5, 5), 2)",
]


def main() -> None:
    path = os.path.join(OUT, "nn_conv_from_pytorch.gsh")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(render(INPUTS))
    print(f"wrote {os.path.relpath(path)}")


if __name__ == "__main__":
    main()
