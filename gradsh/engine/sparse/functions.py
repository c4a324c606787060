"""The ``torch.sparse`` namespace: mm, addmm, sum (the sparse products and sums of
arith.py) and spdiags."""
from __future__ import annotations

import numpy as np

from .. import layouts
from ..autograd import record
from ..tensor import Tensor
from . import arith, convert
from .tensor import make


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


def spdiags(diagonals, offsets, shape, layout=None):
    """torch.sparse.spdiags: row k of diagonals on the diagonal offsets[k]
    (SciPy's convention: diagonals[k, j] lands in column j), as COO, CSR or CSC."""
    if not isinstance(offsets, Tensor):
        raise TypeError(f"_spdiags(): argument 'offsets' (position 2) must be Tensor, not "
                        f"{type(offsets).__name__}")
    if layout not in (None, layouts.sparse_coo, layouts.sparse_csr, layouts.sparse_csc):
        raise RuntimeError(f"Only output layouts (Sparse, SparseCsc, SparseCsr) are supported, "
                           f"got {getattr(layout, 'backend_name', layout)}")
    values = convert.host(diagonals._data)
    values = values.reshape(1, -1) if values.ndim == 1 else values
    shifts = [int(n) for n in convert.host(offsets._data).reshape(-1)]
    if len(shifts) != values.shape[0]:
        raise RuntimeError(f"Number of diagonals ({values.shape[0]}) does not match the number "
                           f"of offsets ({len(shifts)})")
    if len(set(shifts)) != len(shifts):
        raise RuntimeError("Offset tensor contains duplicate values")
    rows, cols = (int(n) for n in shape)
    coords, picked = [], []
    for number, shift in enumerate(shifts):
        columns = np.arange(max(0, shift), min(cols, rows + shift, values.shape[1]))
        coords.append(np.stack([columns - shift, columns]))
        picked.append(values[number, columns])
    data = convert.SparseData(layouts.sparse_coo, (rows, cols),
                              convert._on(np.concatenate(picked), diagonals._data),
                              indices=convert._on(np.concatenate(coords, axis=1).astype(np.int64)
                                                  .reshape(2, -1), diagonals._data))
    result = make(data, diagonals.dtype)
    if layout in (layouts.sparse_csr, layouts.sparse_csc):
        result = make(convert.compressed_from_coords(
            layout, (rows, cols), *convert.coords_of(data), (1, 1), like=data.values),
            diagonals.dtype)

    def backward(grad):
        raise RuntimeError("derivative for aten::_spdiags is not implemented")

    return record(result, "NotImplemented", (diagonals,), backward)


def members() -> dict:
    return {"mm": mm, "addmm": addmm, "sum": sum, "spdiags": spdiags}
