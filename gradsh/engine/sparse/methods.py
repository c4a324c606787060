"""The sparse ops' bodies: conversions, components, coalesce, sparse_mask.

Declared in ``engine/ops/sparse_ops.py``; PyTorch's error messages are from
aten/src/ATen/native/TensorConversions.cpp and SparseCsrTensor.cpp.
"""
from __future__ import annotations

import numpy as np

from .. import dtypes, layouts
from ..autograd import record
from ..tensor import Tensor
from . import convert
from .data import SparseData
from .tensor import SparseTensor, make

COMPRESSED_NAMES = {layouts.sparse_csr: "csr", layouts.sparse_csc: "csc",
                    layouts.sparse_bsr: "bsr", layouts.sparse_bsc: "bsc"}


def _layout_error(op: str, expected: str, tensor) -> RuntimeError:
    return RuntimeError(f"{op} expected {expected} layout but got {tensor.layout.backend_name}")


def _index_tensor(array) -> Tensor:
    return Tensor._make(array, dtypes.from_numpy_dtype(array.dtype))


# ------------------------------------------------------------- components
def indices(tensor) -> Tensor:
    if tensor.layout is not layouts.sparse_coo:
        raise _layout_error("indices", "sparse coordinate tensor", tensor)
    if not tensor._data.coalesced:
        raise RuntimeError("Cannot get indices on an uncoalesced tensor, please call "
                           ".coalesce() first")
    return _index_tensor(tensor._data.indices)


def values(tensor) -> Tensor:
    if not tensor._sparse_layout:
        raise _layout_error("values", "sparse tensor", tensor)
    data = tensor._data
    if data.layout is layouts.sparse_coo and not data.coalesced:
        raise RuntimeError("Cannot get values on an uncoalesced tensor, please call "
                           ".coalesce() first")
    result = Tensor._make(data.values, tensor.dtype)

    def backward(grad):
        return (make(data.replace(values=grad._data), grad.dtype),)

    return record(result, "ValuesBackward0", (tensor,), backward)


def compressed_component(tensor, name: str) -> Tensor:
    """crow_indices, col_indices (CSR, BSR), ccol_indices, row_indices (CSC, BSC)."""
    by_rows = name in ("crow_indices", "col_indices")
    wanted = convert.ROW_COMPRESSED if by_rows else (layouts.sparse_csc, layouts.sparse_bsc)
    if tensor.layout not in wanted:
        kind = "row" if by_rows else "column"
        raise _layout_error(name, f"sparse {kind} compressed tensor", tensor)
    data = tensor._data
    return _index_tensor(data.compressed if name.startswith("c") and name != "col_indices"
                         else data.plain)


def sparse_dim(tensor) -> int:
    return convert.sparse_dim(tensor._data) if tensor._sparse_layout else 0


def dense_dim(tensor) -> int:
    return convert.dense_dim(tensor._data) if tensor._sparse_layout else tensor.ndim


def is_coalesced(tensor) -> bool:
    if tensor.layout is not layouts.sparse_coo:
        raise _layout_error("is_coalesced", "sparse coordinate tensor", tensor)
    return bool(tensor._data.coalesced)


def coalesce(tensor):
    if tensor.layout is not layouts.sparse_coo:
        raise _layout_error("coalesce", "sparse coordinate tensor", tensor)
    if tensor._data.coalesced:
        return tensor
    result = make(convert.coalesce(tensor._data), tensor.dtype)
    return record(result, "CoalesceBackward0", (tensor,), lambda grad: (grad,))


# ------------------------------------------------------------ to_dense
def to_dense(tensor, dtype=None, *, masked_grad=None):
    if not tensor._sparse_layout:
        return tensor
    if dtype is not None:
        raise RuntimeError("dtype argument is not supported by sparse_to_dense")
    data = tensor._data
    array = convert.dense_array(data)
    result = Tensor._make(convert._on(array, data.values), tensor.dtype)

    def backward(grad):
        mask = tensor.detach()
        if mask._data.layout is layouts.sparse_coo:
            mask = coalesce(mask)
        masked = sparse_mask(grad, mask)
        if masked._data.layout is layouts.sparse_coo:
            masked._data = masked._data.replace(coalesced=False)
        return (masked,)

    return record(result, "ToDenseBackward0", (tensor,), backward)


# ------------------------------------------------------------ conversions
def _check_blocks(op: str, shape, blocksize) -> None:
    if shape[0] % blocksize[0] or shape[1] % blocksize[1]:
        raise RuntimeError(f"{op}: tensor sparse size ({shape[0]},{shape[1]}) must be divisible "
                           f"by given blocksize ({blocksize[0]},{blocksize[1]})")


def _from_dense(tensor, layout, sparse_dims, blocksize, dense_dims, op: str) -> SparseData:
    array = convert.host(tensor._data)
    ndim = array.ndim
    if layout is layouts.sparse_coo:
        if sparse_dims is None:
            sparse_dims = ndim if dense_dims is None else ndim - dense_dims
        if not 0 <= sparse_dims <= ndim:
            raise RuntimeError(f"dense_to_sparse: sparse_dim argument must be in [0,{ndim}] "
                               f"range, but {sparse_dims} is given")
        if sparse_dims == 0 and ndim > 0:
            raise RuntimeError("dense_to_sparse: sparse_dim argument must be in >0 when "
                               "self.dim()>0")
        if ndim == 0:
            return SparseData(layout, (), convert._on(array.reshape(1), tensor._data),
                              indices=convert._on(np.zeros((0, 1), np.int64), tensor._data),
                              coalesced=True)
        coords, values = convert.dense_coords(array, sparse_dims)
        return convert.coo_from_coords(array.shape, coords, values, like=tensor._data)
    dense_dims = 0 if dense_dims is None else dense_dims
    if not 0 <= dense_dims <= max(ndim - 2, 0):
        raise RuntimeError(f"{op}: dense_dim argument must be in [0,{max(ndim - 2, 0)}] range, "
                           f"but {dense_dims} is given")
    if ndim - dense_dims != 2:
        raise RuntimeError("gradsh: compressed sparse tensors with batch dimensions are not "
                           "supported")
    block = tuple(blocksize) if layout in convert.BLOCKED else (1, 1)
    _check_blocks(op, array.shape, block)
    coords, values = convert.dense_coords(array, 2)
    return convert.compressed_from_coords(layout, array.shape, coords, values, block,
                                          like=tensor._data)


def _from_sparse(tensor, layout, sparse_dims, blocksize, dense_dims, method: str):
    """A sparse tensor in another sparse layout (None: it is in that layout already)."""
    data = tensor._data
    source = data.layout
    if layout is layouts.sparse_coo:
        if source is layouts.sparse_coo:
            if sparse_dims is not None and sparse_dims != convert.sparse_dim(data):
                raise RuntimeError("to_sparse: conversion from Sparse to Sparse with sparse_dim "
                                   "argument !=self.sparse_dim() is not supported")
            return None
        if sparse_dims is not None and sparse_dims != 2:
            raise RuntimeError(f"sparse_compressed_to_sparse: conversion from "
                               f"{source.backend_name} to Sparse with sparse_dim argument !=2 "
                               "is not supported")
        coords, values = convert.coords_of(data)
        return convert.coo_from_coords(data.shape, coords, values, like=data.values)
    name = COMPRESSED_NAMES[layout]
    if source is layouts.sparse_coo:
        if dense_dims is not None:
            raise RuntimeError(f"coo_to_sparse_{name}: conversion from Sparse to "
                               f"{layout.backend_name} with dense_dim argument given is not "
                               "supported")
        if convert.sparse_dim(data) != 2:
            raise RuntimeError(f"coo_to_sparse_{name}: conversion from Sparse to "
                               f"{layout.backend_name} for input tensors with sparse_dim()!=2 "
                               "is not supported")
    elif layout not in convert.BLOCKED and source in convert.BLOCKED:
        raise RuntimeError(f"sparse_compressed_to_sparse_{name}: expected SparseCsr or SparseCsc "
                           f"layout but got {source.backend_name}")
    block = (1, 1)
    if layout in convert.BLOCKED:
        block = tuple(int(n) for n in blocksize)
        if source in convert.BLOCKED and convert.blocksize(data) != block:
            old = list(convert.blocksize(data))
            raise RuntimeError(f"to_sparse_{name}: conversion from {source.backend_name} to "
                               f"{layout.backend_name} with blocksize changed from {old} to "
                               f"{list(block)} is not supported")
        op = "sparse_compressed" if source is not layouts.sparse_coo else "coo"
        _check_blocks(f"{op}_to_sparse_{name}", data.shape, block)
    if source is layout:
        return None
    coords, values = convert.coords_of(data)
    return convert.compressed_from_coords(layout, data.shape, coords, values, block,
                                          like=data.values)


def convert_to(tensor, layout, *, sparse_dims=None, blocksize=None, dense_dims=None,
               grad_name: str, op: str):
    """``tensor`` in ``layout``; the result's grad_fn is ``grad_name``."""
    if tensor._sparse_layout:
        data = _from_sparse(tensor, layout, sparse_dims, blocksize, dense_dims, op)
        if data is None:
            return tensor
    else:
        data = _from_dense(tensor, layout, sparse_dims, blocksize, dense_dims, op)
    result = make(data, tensor.dtype)
    source = tensor.layout
    source_block = convert.blocksize(tensor._data) if tensor._sparse_layout else None

    def backward(grad):
        if source is layouts.strided:
            return (to_dense(grad),)
        return (convert_to(grad, source, blocksize=source_block,
                           grad_name="ToSparseBackward1", op="to_sparse"),)

    return record(result, grad_name, (tensor,), backward)


def to_sparse(tensor, *args, layout=None, blocksize=None, dense_dim=None):
    """``to_sparse(sparse_dim)`` or ``to_sparse(*, layout, blocksize, dense_dim)``."""
    if args:
        if len(args) > 1 or layout is not None or blocksize is not None or dense_dim is not None:
            raise TypeError(f"to_sparse() takes 0 positional arguments but {len(args)} was given")
        return convert_to(tensor, layouts.sparse_coo, sparse_dims=int(args[0]),
                          grad_name="ToSparseBackward0", op="to_sparse")
    layout = layouts.sparse_coo if layout is None else layout
    source = tensor.layout.backend_name
    if layout is layouts.strided:
        raise RuntimeError("to_sparse: expected a sparse layout but got Strided")
    if layout is layouts.sparse_coo and blocksize is not None:
        raise RuntimeError(f"dense_to_sparse: conversion from {source} to Sparse with blocksize "
                           "argument given is not supported")
    if layout in (layouts.sparse_csr, layouts.sparse_csc) and blocksize is not None:
        raise RuntimeError(f"dense_to_sparse: conversion from {source} to {layout.backend_name} "
                           "with blocksize argument given is not supported")
    if layout in convert.BLOCKED and blocksize is None:
        raise RuntimeError(f"dense_to_sparse: conversion from {source} to "
                           f"{layout.backend_name} without blocksize argument given is not "
                           "supported")
    return convert_to(tensor, layout, blocksize=blocksize, dense_dims=dense_dim,
                      grad_name="ToSparseBackward1", op="dense_to_sparse")


def to_compressed(tensor, layout, blocksize=None, dense_dim=None):
    name = COMPRESSED_NAMES[layout]
    grad_name = f"ToSparse{name.capitalize()}Backward0"
    return convert_to(tensor, layout, blocksize=blocksize, dense_dims=dense_dim,
                      grad_name=grad_name, op=f"dense_to_sparse_{name}")


# ------------------------------------------------------------ sparse_mask
def sparse_mask(tensor, mask):
    if not mask._sparse_layout:
        from .data import _NOT_SUPPORTED  # noqa: PLC0415

        raise NotImplementedError(_NOT_SUPPORTED.format(op="sparse_mask", backend="CPU"))
    if tuple(tensor.shape) != tuple(mask.shape):
        raise RuntimeError(f"sparse_mask(): operands have incompatible sizes; self has size "
                           f"{list(tensor.shape)} but mask has size {list(mask.shape)}")
    array = convert.dense_array(tensor._data) if tensor._sparse_layout \
        else convert.host(tensor._data)
    data = mask._data
    coords, _ = convert.coords_of(data)
    picked = array[tuple(coords)].reshape(data.values.shape)
    result = make(data.replace(values=convert._on(picked, data.values)), tensor.dtype)
    return record(result, "SparseMaskBackward0", (tensor,), lambda grad: (to_dense(grad),))


__all__ = ["SparseTensor"]


# ------------------------------------------------------------- narrow_copy
def narrow_copy(tensor, dim: int, start: int, length: int):
    """narrow_copy of a COO tensor (ATen's narrow_copy_sparse): the entries whose
    index along a sparse dim lies in [start, start + length), shifted, in their
    order; along a dense dim, the values narrowed. Not differentiated (gradsh)."""
    if tensor.layout is not layouts.sparse_coo:
        raise RuntimeError(f"Sparse {COMPRESSED_NAMES[tensor.layout].upper()} tensors do not "
                           "have strides")
    data = tensor._data
    ndim = len(data.shape)
    if not 0 <= dim < ndim:
        raise RuntimeError(f"Dimension {dim} out of range. Expecting 0 <= dim < {ndim}.")
    size = data.shape[dim]
    if start < 0 or length < 0 or start + length > size:
        raise RuntimeError("Invalid range to narrow. range(start, start+length) must be a "
                           f"subset of range(0, {size}).")
    shape = data.shape[:dim] + (length,) + data.shape[dim + 1:]
    sparse_dims = convert.sparse_dim(data)
    if dim < sparse_dims:
        row = data.indices[dim]
        keep = (row >= start) & (row < start + length)
        indices = data.indices[:, keep].copy()
        indices[dim] -= start
        values = data.values[keep].copy()
    else:
        key = (slice(None),) * (dim - sparse_dims + 1) + (slice(start, start + length),)
        indices, values = data.indices.copy(), data.values[key].copy()
    return make(data.replace(shape=shape, indices=indices, values=values), tensor.dtype)
