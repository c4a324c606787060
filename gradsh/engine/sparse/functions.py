"""The ``torch.sparse`` namespace: mm, addmm, sum (the sparse products and sums of arith.py)."""
from __future__ import annotations

from . import arith


def mm(mat1, mat2, reduce=None):
    """torch.sparse.mm(mat1, mat2, reduce=None): a sparse matrix times a dense one."""
    return arith.mm(mat1, mat2, reduce)


def addmm(mat, mat1, mat2, *, beta=1.0, alpha=1.0):
    """torch.sparse.addmm: beta * mat + alpha * (mat1 @ mat2), mat1 sparse."""
    if not mat1._sparse_layout:
        return beta * mat + alpha * (mat1 @ mat2)
    return arith.addmm(mat, mat1, mat2, beta=beta, alpha=alpha)


def sum(input, dim=None, dtype=None):  # noqa: A001 - torch.sparse.sum
    """torch.sparse.sum: the sum of a COO tensor over all or some dims."""
    return arith.sparse_sum(input, dim, dtype)


def members() -> dict:
    return {"mm": mm, "addmm": addmm, "sum": sum}
