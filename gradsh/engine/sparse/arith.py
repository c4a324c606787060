"""What PyTorch computes on sparse tensors beyond conversions, as far as gradsh
goes: scalar multiples, negation, dtype casts, clone, transpose, sums and
products with dense matrices (torch.sparse.mm, addmm, sum; hspmm, smm,
sspaddmm); elementwise.py has the elementwise functions. Anything else on a
sparse tensor raises PyTorch's NotImplementedError (data.py), even where
PyTorch has a sparse kernel.
"""
from __future__ import annotations

import numpy as np

from .. import autograd, dtypes, layouts
from ..autograd import record
from ..tensor import Tensor
from . import convert
from .tensor import make


def _with_values(tensor, values: np.ndarray, dtype, **changes):
    return make(tensor._data.replace(values=values, **changes), dtype)


def _as_number(value):
    return value.item() if isinstance(value, Tensor) else value


def scale(tensor, factor, name: str, *, divide: bool = False):
    """``s * c``, ``s / c`` (c a number): the values scaled."""
    factor = _as_number(factor)
    values = Tensor._make(tensor._data.values, tensor.dtype)
    scaled = values / factor if divide else values * factor
    result = _with_values(tensor, scaled._data, scaled.dtype)
    return record(result, name, (tensor,),
                  lambda grad: ((grad / factor) if divide else (grad * factor),))


def neg(tensor):
    data = tensor._data
    if tensor.dtype is dtypes.bool_:
        raise RuntimeError("Negation, the `-` operator, on a bool tensor is not supported. If "
                           "you are trying to invert a mask, use the `~` or `logical_not()` "
                           "operator instead.")
    result = _with_values(tensor, -data.values, tensor.dtype)
    return record(result, "NegBackward0", (tensor,), lambda grad: (-grad,))


def cast(tensor, dtype):
    dtype = dtypes.to_dtype(dtype, "to")
    if dtype is tensor.dtype:
        return tensor
    result = _with_values(tensor, tensor._data.values.astype(dtype.np), dtype)
    source = tensor.dtype
    return record(result, "ToCopyBackward0", (tensor,), lambda grad: (cast(grad, source),))


def clone(tensor):
    result = make(tensor._data.copy(), tensor.dtype)
    return record(result, "CloneBackward0", (tensor,), lambda grad: (grad,))


def transpose(tensor, dim0: int = 0, dim1: int = 1, name: str = "TransposeBackward0"):
    """t() and transpose() of a 2-D sparse tensor: COO swaps its index rows
    (no longer coalesced); CSR becomes CSC over the same arrays, and back."""
    data = tensor._data
    if data.ndim != 2 or sorted((dim0 % 2, dim1 % 2)) != [0, 1]:
        raise RuntimeError("gradsh: only the transpose of a 2-D sparse tensor is supported")
    shape = data.shape[::-1]
    if data.layout is layouts.sparse_coo:
        swapped = data.replace(shape=shape, indices=data.indices[::-1].copy(), coalesced=False)
    else:
        flipped = {layouts.sparse_csr: layouts.sparse_csc, layouts.sparse_csc: layouts.sparse_csr,
                   layouts.sparse_bsr: layouts.sparse_bsc, layouts.sparse_bsc: layouts.sparse_bsr}
        values = data.values
        if data.layout in convert.BLOCKED:
            values = values.swapaxes(1, 2).copy()
        swapped = data.replace(layout=flipped[data.layout], shape=shape, values=values)
    result = make(swapped, tensor.dtype)
    return record(result, name, (tensor,), lambda grad: (transpose(grad, name=name),))


# ----------------------------------------------------------------- sums
def total(tensor, dtype=None):
    """``s.sum()``: a 0-d strided tensor."""
    values = Tensor._make(tensor._data.values, tensor.dtype).detach()
    result = values.sum(dtype=dtype)
    result = Tensor._make(result._data, result.dtype)

    def backward(grad):
        ones = np.ones(tensor._data.values.shape, dtype=tensor.dtype.np)
        data = tensor._data.replace(values=convert._on(ones, tensor._data.values))
        if data.layout is layouts.sparse_coo:
            data = data.replace(coalesced=False)
        return (make(data, tensor.dtype) * grad,)

    return record(result, "SumBackward0", (tensor,), backward)


def sparse_sum(tensor, dim=None, dtype=None):
    """torch.sparse.sum: over all dims (a 0-d strided tensor) or some (COO, or
    strided when every sparse dim is summed)."""
    if tensor.layout is not layouts.sparse_coo:
        raise RuntimeError(f"coalesce expected sparse coordinate tensor layout but got "
                           f"{tensor.layout.backend_name}")
    if dim is None:
        return total(tensor, dtype)
    dims = [dim] if isinstance(dim, int) else list(dim)
    ndim = tensor.ndim
    dims = sorted({d % ndim for d in dims})
    data = convert.coalesce(tensor._data)
    sparse_dims = convert.sparse_dim(data)
    array = convert.dense_array(data)
    summed_sparse = [d for d in dims if d < sparse_dims]
    summed = array.sum(axis=tuple(dims), dtype=None if dtype is None else dtypes.to_dtype(
        dtype).np).astype(array.dtype if dtype is None else dtypes.to_dtype(dtype).np)
    out_dtype = tensor.dtype if dtype is None else dtypes.to_dtype(dtype)
    if len(summed_sparse) == sparse_dims:
        result = Tensor._make(convert._on(np.asarray(summed), data.values), out_dtype)
    else:
        keep = sparse_dims - len(summed_sparse)
        coords, _ = convert.coords_of(data)
        kept_rows = [d for d in range(sparse_dims) if d not in summed_sparse]
        # the kept sparse positions that hold any specified element
        positions = np.unique(coords[kept_rows].T, axis=0).T.reshape(keep, -1)
        values = summed[tuple(positions)]
        result = make(convert.SparseData(layouts.sparse_coo, summed.shape,
                                         convert._on(values, data.values),
                                         indices=convert._on(positions.astype(np.int64),
                                                             data.values), coalesced=True),
                      out_dtype)

    def backward(grad):
        dense = grad.to_dense() if grad._sparse_layout else grad
        for d in dims:
            dense = dense.unsqueeze(d)
        from .methods import sparse_mask  # noqa: PLC0415

        return (sparse_mask(dense.expand(*tensor.shape), make(data, tensor.dtype)),)

    return record(result, "SparseSumBackward0", (tensor,), backward)


# ------------------------------------------------------------- products
def _check_matrices(sparse, dense) -> None:
    for value in (sparse, dense):
        if value.ndim != 2:
            raise RuntimeError(f"addmm: matrices expected, got {value.ndim}D tensor")
    if sparse.shape[1] != dense.shape[0]:
        raise RuntimeError(f"addmm: Argument #3 (dense): Expected dim 0 size {sparse.shape[1]}, "
                           f"got {dense.shape[0]}")


def _dense_of(tensor) -> Tensor:
    return Tensor._make(convert._on(convert.dense_array(tensor._data), tensor._data.values),
                        tensor.dtype)


def addmm(input, mat1, mat2, *, beta=1, alpha=1, name: str = "SparseAddmmBackward0"):
    """beta * input + alpha * (mat1 @ mat2) for a sparse mat1 and a strided mat2."""
    _check_matrices(mat1, mat2)
    first = _dense_of(mat1)
    product = first.detach() @ mat2.detach()
    result = product if alpha == 1 else product * alpha
    if input is not None:
        result = (input.detach() if beta == 1 else input.detach() * beta) + result
    result = Tensor._make(result._data, result.dtype)

    def backward(grad):
        from .methods import sparse_mask  # noqa: PLC0415

        grad_mat1 = sparse_mask(grad @ mat2.detach().mT, mat1.detach())
        grad_mat2 = _dense_of(mat1).mT @ grad
        if alpha != 1:
            grad_mat1, grad_mat2 = grad_mat1 * alpha, grad_mat2 * alpha
        grad_input = None if input is None else (grad if beta == 1 else grad * beta)
        return (grad_input, grad_mat1, grad_mat2)

    return record(result, name, (input, mat1, mat2), backward)


def mm(mat1, mat2, reduce=None):
    """torch.sparse.mm: sparse @ dense (dense), dense @ sparse (dense), sparse @
    sparse (COO), or with reduce= over a CSR matrix (sum, mean, amax, amin)."""
    if reduce is not None:
        return mm_reduce(mat1, mat2, reduce)
    if mat1._sparse_layout and not mat2._sparse_layout:
        return addmm(None, mat1, mat2)
    if mat2._sparse_layout and not mat1._sparse_layout:
        return addmm(None, transpose(mat2), mat1.mT).mT
    if mat1._sparse_layout and mat2._sparse_layout:
        _no_grad_check("torch.sparse.mm of two sparse tensors", mat1, mat2)
        product = convert.dense_array(mat1._data) @ convert.dense_array(mat2._data)
        coords, values = convert.dense_coords(product, 2)
        return make(convert.coo_from_coords(product.shape, coords, values,
                                            like=mat1._data.values), mat1.dtype)
    return mat1 @ mat2


def mm_reduce(mat1, mat2, reduce: str):
    """torch.sparse.mm(csr, dense, reduce): each row's products reduced."""
    if mat1.layout is not layouts.sparse_csr:
        from .data import not_supported  # noqa: PLC0415

        raise not_supported("_sparse_mm_reduce_impl", mat1.layout, mat1.device)
    _check_matrices(mat1, mat2)
    data = mat1._data
    crow, col = convert.host(data.compressed), convert.host(data.plain)
    values, dense = convert.host(data.values), convert.host(mat2._data)
    out = np.zeros((mat1.shape[0], mat2.shape[1]), dtype=np.result_type(values, dense))
    for row in range(mat1.shape[0]):
        start, stop = crow[row], crow[row + 1]
        if stop == start:
            continue
        terms = values[start:stop, None] * dense[col[start:stop]]
        out[row] = {"sum": terms.sum, "mean": terms.mean, "max": terms.max, "amax": terms.max,
                    "min": terms.min, "amin": terms.min, "prod": terms.prod}[reduce](axis=0)
    result = Tensor._make(convert._on(out.astype(mat2.dtype.np), mat2._data), mat2.dtype)

    def backward(grad):
        raise RuntimeError("gradsh: the gradient of torch.sparse.mm with reduce= is not "
                           "supported")

    return record(result, "SparseMmReduceImplBackward0", (mat1, mat2), backward)


# ------------------------------------------------------- hspmm, sspaddmm
def _no_grad_check(name: str, *tensors) -> None:
    if autograd.is_grad_enabled() and any(getattr(t, "requires_grad", False) for t in tensors):
        raise RuntimeError(f"gradsh: {name} does not record gradients")


def hspmm(mat1, mat2):
    """A hybrid COO result (one sparse dim): the rows of mat1 @ mat2 that mat1 has."""
    if not mat1._sparse_layout:
        from .data import _NOT_SUPPORTED  # noqa: PLC0415

        raise NotImplementedError(_NOT_SUPPORTED.format(op="hspmm", backend="CPU"))
    _no_grad_check("hspmm", mat1, mat2)
    _check_matrices(mat1, mat2)
    coords, _ = convert.coords_of(convert.coalesce(mat1._data))
    rows = np.unique(coords[0])
    product = convert.dense_array(mat1._data) @ convert.host(mat2._data)
    data = convert.SparseData(layouts.sparse_coo, product.shape,
                              convert._on(product[rows].astype(mat1.dtype.np), mat2._data),
                              indices=convert._on(rows.reshape(1, -1).astype(np.int64),
                                                  mat2._data), coalesced=True)
    return make(data, mat1.dtype)


def sspaddmm(input, mat1, mat2, *, beta=1, alpha=1):
    """beta * input + alpha * (mat1 @ mat2), sparse: input's entries, then one
    entry per (row of mat1 that has entries, column of mat2), not coalesced."""
    if not input._sparse_layout or not mat1._sparse_layout:
        raise RuntimeError("tensor.sspaddmm(...) can only be called on sparse tensors")
    _no_grad_check("sspaddmm", input, mat1, mat2)
    _check_matrices(mat1, mat2)
    if tuple(input.shape) != (mat1.shape[0], mat2.shape[1]):
        raise RuntimeError(f"sspaddmm: Argument #1: Expected dim 1 size {mat2.shape[1]}, got "
                           f"{input.shape[1]}")
    own_coords, own_values = convert.coords_of(input._data)
    coords, _ = convert.coords_of(convert.coalesce(mat1._data))
    rows = np.unique(coords[0])
    product = convert.dense_array(mat1._data) @ convert.host(mat2._data)
    grid_rows, grid_cols = np.meshgrid(rows, np.arange(mat2.shape[1]), indexing="ij")
    new_coords = np.stack([grid_rows.reshape(-1), grid_cols.reshape(-1)])
    new_values = product[grid_rows, grid_cols].reshape(-1) * alpha
    all_coords = np.concatenate([own_coords, new_coords], axis=1).astype(np.int64)
    all_values = np.concatenate([own_values * beta, new_values]).astype(input.dtype.np)
    data = convert.SparseData(layouts.sparse_coo, input.shape,
                              convert._on(all_values, mat2._data),
                              indices=convert._on(all_coords, mat2._data))
    return make(data, input.dtype)


def zeros_like_product(mat1, mat2):
    """An empty COO matrix of mat1 @ mat2's shape (smm's input)."""
    data = convert.SparseData(layouts.sparse_coo, (mat1.shape[0], mat2.shape[1]),
                              convert._on(np.zeros((0,), mat1.dtype.np), mat2._data),
                              indices=convert._on(np.zeros((2, 0), np.int64), mat2._data),
                              coalesced=True)
    return make(data, mat1.dtype)

