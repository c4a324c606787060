"""Generate tests/transcripts/nn_padding_from_pytorch.gsh from a real PyTorch (pad, interpolate).

Run with the oracle venv (torch 2.13, CPU):

    /path/to/torch-venv/bin/python dev/gen_nn_padding_transcripts.py

Uses the REPL emulator of dev/gen_blocks_transcripts.py. Interpolation
weights here are exact in binary (scale factors 2 and 4, sizes with
align_corners that give quarters), so printed values do not depend on the
kernel's rounding.
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import OUT, render  # noqa: E402

INPUTS = [
    "# torch.nn padding and upsampling, generated from PyTorch 2.13",
    "import torch",
    "import torch.nn as nn",
    "import torch.nn.functional as F",
    "x = torch.arange(6.).view(1, 2, 3).requires_grad_()",
    "# constant padding: negative pads crop",
    "F.pad(x, (1, 2))",
    "F.pad(x, (1, 0, 0, 1), value=-1.5)",
    "F.pad(x, (-1, 1))",
    "F.pad(torch.arange(3), (1, 1), value=2.7)",
    "# reflect, replicate, circular",
    "F.pad(x, (2, 1), mode='reflect')",
    "F.pad(x, (2, 1), mode='replicate')",
    "F.pad(x, (2, 1), mode='circular')",
    "F.pad(x, (-1, 2), mode='reflect')",
    "img = torch.arange(12.).view(1, 1, 3, 4).requires_grad_()",
    "F.pad(img, (1, 1, 2, 0), mode='reflect')",
    "F.pad(img, (2, 0, 1, 1), mode='replicate')",
    "F.pad(img, (1, 1, 1, 1), mode='circular')",
    "y = F.pad(img, (1, 2, 1, 0), mode='reflect')",
    "y.grad_fn.name()",
    "y.sum().backward()",
    "img.grad",
    "img.grad = None",
    "F.pad(img, (3, 0, 2, 2), mode='replicate').sum().backward()",
    "img.grad",
    "g = F.pad(x, (1, 1)).grad_fn",
    "g.name()",
    "F.pad(x, (2, 2), mode='replicate').grad_fn.name(),"
    " F.pad(x, (1, 1), mode='circular').grad_fn.name()",
    "(gx,) = torch.autograd.grad(F.pad(x, (2, 1), mode='reflect').pow(2).sum(), x,"
    " create_graph=True)",
    "gx",
    "gx.sum().backward()",
    "x.grad",
    "# errors",
    "F.pad(x, (1,))",
    "F.pad(x, (1, 1, 1, 1, 1, 1, 1, 1))",
    "F.pad(x, (3, 0), mode='reflect')",
    "F.pad(img, (1, 1), mode='reflect')",
    "F.pad(x, (1, 1), mode='reflect', value=2)",
    "F.pad(x, (1, 1), mode='foo')",
    "F.pad(x, (4, 0), mode='circular')",
    "F.pad(x, (-2, -2))",
    "F.pad(x, (1.5, 1))",
    "F.pad(torch.tensor([[True, False]]), (1, 1), mode='replicate')",
    "# modules",
    "nn.ZeroPad2d((1, 1, 2, 0))",
    "nn.ZeroPad2d(1)(torch.ones(1, 2, 2))",
    "nn.ConstantPad1d(2, 3.5)",
    "nn.ConstantPad2d((1, 0, 0, 1), 7)(torch.zeros(1, 2, 2))",
    "nn.ReflectionPad1d(2)",
    "nn.ReflectionPad2d(1)(img).shape",
    "nn.ReplicationPad1d((0, 3))(x)",
    "nn.ReplicationPad2d((1, 0, 1, 0))",
    "nn.CircularPad1d(1)(torch.ones(3))",
    "# interpolate",
    "s = torch.tensor([[[1., 2., 4.]]], requires_grad=True)",
    "F.interpolate(s, scale_factor=2)",
    "F.interpolate(s, size=5)",
    "F.interpolate(s, scale_factor=2, mode='linear')",
    "F.interpolate(s, size=5, mode='linear', align_corners=True)",
    "u = F.interpolate(s, scale_factor=4, mode='linear')",
    "u",
    "u.sum().backward()",
    "s.grad",
    "q = torch.tensor([[[[1., 2.], [3., 5.]]]], requires_grad=True)",
    "F.interpolate(q, scale_factor=2)",
    "b = F.interpolate(q, scale_factor=2, mode='bilinear')",
    "b",
    "(b * torch.arange(16.).view(1, 1, 4, 4)).sum().backward()",
    "q.grad",
    "F.interpolate(q, size=(3, 5), mode='bilinear', align_corners=True)",
    "F.interpolate(q, size=(3, 4)).grad_fn.name(), F.interpolate(s, size=4).grad_fn.name()",
    "F.interpolate(torch.arange(4, dtype=torch.uint8).view(1, 1, 2, 2), scale_factor=2)",
    "F.interpolate(q, scale_factor=1.7, mode='bilinear', recompute_scale_factor=True).shape",
    "F.upsample(s, scale_factor=2)",
    "# interpolate's errors",
    "F.interpolate(q, size=(3, 5), align_corners=True)",
    "F.interpolate(q)",
    "F.interpolate(q, size=3, scale_factor=2)",
    "F.interpolate(q, size=(3,))",
    "F.interpolate(q, scale_factor=2, mode='linear')",
    "F.interpolate(s, scale_factor=2, mode='bilinear')",
    "F.interpolate(torch.ones(2, 3), scale_factor=2)",
    "F.interpolate(q, scale_factor=0.1)",
    "F.interpolate(torch.arange(6).view(1, 1, 2, 3), scale_factor=2)",
    "F.interpolate(q, scale_factor=2, antialias=True)",
    "# Upsample",
    "nn.Upsample(scale_factor=2)",
    "nn.Upsample(size=(3, 4), mode='bilinear')",
    "nn.Upsample(scale_factor=(2, 3), mode='bilinear', align_corners=False)",
    "nn.Upsample()",
    "up = nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True)",
    "up(q)",
    "nn.UpsamplingNearest2d(scale_factor=2)",
    "nn.Sequential(nn.ReflectionPad2d(1), nn.Upsample(scale_factor=2))(q).shape",
]


def main() -> None:
    path = os.path.join(OUT, "nn_padding_from_pytorch.gsh")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(render(INPUTS))
    print(f"wrote {os.path.relpath(path)}")


if __name__ == "__main__":
    main()
