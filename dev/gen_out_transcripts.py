"""Generate tests/transcripts/out_and_aliases_from_pytorch.gsh from a real
PyTorch: the NumPy-style keyword aliases PyTorch's argument parser accepts
(``axis``, ``keepdims``, ``x``/``a``/``x1``, ``x2``) on torch functions and
Tensor methods, and ``out=`` (elementwise, reductions, matmul, cat,
creation, tuple-returning functions; its dtype, resize, autograd and
overlap rules).

    /path/to/torch-venv/bin/python dev/gen_out_transcripts.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

INPUTS = [
    "# NumPy-style keyword aliases and out=, generated from PyTorch 2.13",
    "import torch",
    "x = torch.arange(6.).reshape(2, 3)",
    # aliases on functions
    "torch.sum(torch.ones(2, 3), axis=0, keepdims=True)",
    "torch.sum(a=x)",
    "torch.sum(x, axis=(0, 1))",
    "torch.mean(x, axis=1, keepdims=True)",
    "torch.max(x, axis=1)",
    "torch.argmax(x, axis=1)",
    "torch.cumsum(x, axis=1)",
    "torch.softmax(x, axis=1)",
    "torch.cat([x, x], axis=1)",
    "torch.squeeze(x, axis=0)",
    "torch.std(x, axis=0)",
    "torch.add(x1=x, x2=x)",
    "torch.add(x=x, other=x)",
    "torch.mul(x, x2=x)",
    "torch.exp(x=x)",
    "torch.matmul(x1=x, x2=x.T)",
    "torch.where(x > 1, x1=x, x2=-x)",
    # aliases on methods
    "x.sum(axis=0)",
    "x.mean(axis=1, keepdims=True)",
    "x.unsqueeze(axis=0).shape",
    "x.size(axis=0)",
    "x.add(x2=x)",
    "x.mul(x2=x)",
    "x.amax(axis=1, keepdims=True)",
    # both forms, or an alias where PyTorch has none
    "torch.sum(x, dim=0, axis=1)",
    "torch.sum(x, 0, axis=1)",
    "torch.sum(x, keepdim=True, keepdims=True, dim=0)",
    "x.sum(dim=0, axis=0)",
    "x.add(x, x2=x)",
    "x.add(other=x, x2=x)",
    "torch.add(x, other=x, x2=x)",
    "torch.add(x, x1=x, other=x)",
    "torch.nn.functional.softmax(x, axis=1)",
    "torch.norm(x, axis=0)",
    "torch.nn.functional.relu(x=x)",
    # out= on elementwise functions
    "c = torch.empty(2, 3)",
    "torch.add(x, x, out=c) is c",
    "c",
    "torch.mul(x, 2, out=c)",
    "c",
    "torch.sin(x, out=c) is c",
    "torch.eq(x, 1, out=torch.empty(2, 3))",
    "torch.add(x, 1, out=torch.empty(2, 3, dtype=torch.float64))",
    "torch.add(x, 1, out=x)",
    "x",
    "x = torch.arange(6.).reshape(2, 3)",
    "v = c[:, :2]",
    "torch.add(x[:, :2], 100, out=v)",
    "c",
    "torch.add(x, x, out=torch.zeros(3, dtype=torch.long))",
    "torch.mul(x, 2, out=torch.empty(2, 3, dtype=torch.int32))",
    "torch.sin(torch.arange(3), out=torch.empty(3, dtype=torch.long))",
    "torch.add(torch.tensor([1, 2]), 1.5, out=torch.empty(2, dtype=torch.long))",
    "torch.add(torch.tensor([1, 2]), 1, out=torch.empty(2))",
    "torch.add(x, 1, out=x.t())",
    "torch.add(x, 1, out=[1])",
    "torch.add(x, 1, out=None)",
    # resize
    "s = torch.zeros(2)",
    "torch.add(x[0], 1, out=s)",
    "s",
    "e = torch.empty(0)",
    "torch.add(x[0], 1, out=e)",
    "e.shape",
    # autograd
    "w = torch.ones(3, requires_grad=True)",
    "torch.add(w, 1, out=torch.empty(3))",
    "torch.add(torch.ones(3), 1, out=w)",
    "torch.arctan2(w, w, out=torch.empty(3))",
    "torch.absolute(w, out=torch.empty(3))",
    "torch.cat([w, w], out=torch.empty(0))",
    "with torch.no_grad():\n    r = torch.add(w, 1, out=torch.empty(3))",
    "r",
    "with torch.no_grad():\n    r = torch.mul(torch.ones(3), 5, out=w)",
    "w",
    "w.requires_grad",
    # reductions, matmul, cat
    "torch.sum(x, 0, out=torch.empty(3))",
    "torch.sum(x, 0, out=torch.empty(3, dtype=torch.long))",
    "torch.sum(torch.arange(6).reshape(2, 3), 0, out=torch.empty(3))",
    "torch.mean(x, 0, out=torch.empty(3, dtype=torch.long))",
    "torch.sum(torch.ones(2, 3), axis=0, keepdims=True, out=torch.empty(0))",
    "torch.matmul(x, x.T, out=torch.empty(1))",
    "torch.mm(x, x.T, out=torch.empty(2, 2))",
    "torch.cat([x, x], out=torch.empty(0))",
    "torch.cat([x, x], 1, out=torch.empty(2, 6))",
    "torch.stack([x, x], out=torch.empty(0)).shape",
    "torch.clamp(x, 1, 4, out=torch.empty(2, 3))",
    "torch.cumsum(x, 1, out=torch.empty(2, 3))",
    # creation
    "torch.zeros(2, 3, out=torch.empty(5))",
    "torch.ones(2, out=torch.empty(2, dtype=torch.long))",
    "torch.zeros(2, dtype=torch.float64, out=torch.empty(2))",
    "torch.full((2,), 1.5, out=torch.empty(5))",
    "torch.full((2,), 1.5, out=torch.empty(5, dtype=torch.long))",
    "torch.arange(4, out=torch.empty(0))",
    "torch.arange(3, out=torch.empty(5))",
    "torch.arange(3, dtype=torch.float64, out=torch.empty(2))",
    "torch.linspace(0, 1, 3, out=torch.empty(5))",
    "torch.eye(2, out=torch.empty(5))",
    "torch.zeros(2, out=w)",
    "_ = torch.manual_seed(0)",
    "torch.rand(3, out=torch.empty(0))",
    "_ = torch.manual_seed(0)",
    "torch.rand(3)",
    "_ = torch.manual_seed(0)",
    "torch.randn(2, 2, out=torch.empty(4, dtype=torch.float64))",
    # tuple-returning functions
    "vals, idx = torch.empty(0), torch.empty(0, dtype=torch.long)",
    "torch.max(x, 1, out=(vals, idx))",
    "vals, idx",
    "r = torch.sort(x, 1, descending=True, out=(vals, idx))",
    "r.values is vals, r.indices is idx",
    "torch.topk(x, 2, out=(vals, idx))",
    "torch.min(x, 0, out=(torch.empty(5), torch.empty(5, dtype=torch.long)))",
    "torch.frexp(x, out=(torch.empty(0), torch.empty(0, dtype=torch.int32)))",
    "torch.aminmax(x, dim=0, out=(torch.empty(0), torch.empty(0)))",
    "torch.sort(x, 1, out=(torch.empty(0), torch.empty(0, dtype=torch.int32)))",
    "torch.max(x, 1, out=(torch.empty(0, dtype=torch.float64), torch.empty(0, dtype=torch.long)))",
    "torch.max(x, 1, out=(vals,))",
]

TRANSCRIPTS = {"out_and_aliases_from_pytorch": INPUTS}


def main() -> None:
    write_transcripts(TRANSCRIPTS)


if __name__ == "__main__":
    main()
