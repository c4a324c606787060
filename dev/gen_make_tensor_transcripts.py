"""tests/transcripts/make_tensor_from_pytorch.gsh: torch.testing.make_tensor,
seeded, printed by PyTorch 2.13 (its values come from randint / uniform_).

    /path/to/torch-venv/bin/python dev/gen_make_tensor_transcripts.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

INPUTS = [
    "# torch.testing.make_tensor, generated from PyTorch 2.13",
    "import torch",
    "from torch.testing import make_tensor",
    "_ = torch.manual_seed(0)",
    'make_tensor((3,), device="cpu", dtype=torch.float32, low=-1, high=1)',
    'make_tensor((2, 2), device="cpu", dtype=torch.bool)',
    'make_tensor(2, 3, device="cpu", dtype=torch.int64)',
    'make_tensor([2, 3], device="cpu", dtype=torch.int8, low=-3)',
    'x = make_tensor((2, 3), device="cpu", dtype=torch.float64, noncontiguous=True, '
    'exclude_zero=True)',
    "x, x.is_contiguous(), x.stride()",
    'make_tensor((2,), device="cpu", dtype=torch.complex64)',
    'make_tensor((2,), device="cpu", dtype=torch.float32, low=-1e38, high=3e38)',
    'make_tensor((4,), device="cpu", dtype=torch.uint8)',
    'make_tensor((2,), device="cpu", dtype=torch.float32, requires_grad=True)',
    'make_tensor((2,), device="cpu", dtype=torch.float16, low=0, high=1)',
    'make_tensor((), device="cpu", dtype=torch.float32)',
    'make_tensor((2,), device="cpu", dtype=torch.int32, requires_grad=True)',
    'make_tensor((2,), device="cpu", dtype=torch.int8, low=200, high=300)',
    'make_tensor((2,), device="cpu", dtype=torch.float32, low=2, high=1)',
    'make_tensor((2,), device="cpu", dtype=torch.float32, low=float("nan"))',
    'make_tensor((2,), device="cpu", dtype=torch.float32, low=1, high=1)',
]

TRANSCRIPTS = {"make_tensor_from_pytorch": INPUTS}


def main() -> None:
    write_transcripts(TRANSCRIPTS)


if __name__ == "__main__":
    main()
