"""torch.sparse_coo_tensor and torch.sparse_compressed_tensor (and its CSR,
CSC, BSR, BSC forms), as torch/csrc/utils/tensor_new.cpp builds them.

As PyTorch by default (``check_invariants`` off), the indices are not checked
against the size.
"""
from __future__ import annotations

import numpy as np

from .. import backend, dtypes, layouts
from ..autograd import record
from ..tensor import Tensor
from . import convert
from .data import SparseData
from ..warn_once import warn_once
from .tensor import INVARIANTS_WARNING, make


def _invariants_warning(check_invariants) -> None:
    if check_invariants is None:
        warn_once(INVARIANTS_WARNING, stacklevel=5)


def _as_tensor(value, dtype=None, device=None) -> Tensor:
    from ..ops.creation import tensor as make_tensor  # noqa: PLC0415

    if isinstance(value, Tensor):
        if value._sparse_layout:
            raise TypeError("gradsh: the components of a sparse tensor must be strided tensors")
        if dtype is not None and value.dtype is not dtype:
            value = value.to(dtype)
        if device is not None and value.device != backend.parse_device(device):
            value = value.to(device)
        return value
    return make_tensor(value, dtype=dtype, device=device)


def _index_array(value, device, dtype=None):
    """Indices as an integer array (int64 unless already int32/int64, as PyTorch)."""
    indices = _as_tensor(value, device=device)
    array = indices._data
    if dtype is not None or array.dtype not in (np.int64, np.int32):
        array = array.astype(np.int64 if dtype is None else dtype)
    return array


def _finish(result, values: Tensor, requires_grad: bool, grad_name: str, backward):
    if requires_grad:
        result.requires_grad_(True)
        return result
    return record(result, grad_name, (values,), backward)


def sparse_coo_tensor(indices, values, size=None, *, dtype=None, device=None,
                      pin_memory=False, requires_grad=False, check_invariants=None,
                      is_coalesced=None):
    dtype = None if dtype is None else dtypes.to_dtype(dtype, "sparse_coo_tensor")
    _invariants_warning(check_invariants)
    values = _as_tensor(values, dtype, device)
    device = values.device if device is None else device
    index_array = _index_array(indices, device, np.int64)
    if index_array.ndim != 2:
        raise RuntimeError(f"indices must be sparse_dim x nnz, but got: "
                           f"{list(index_array.shape)}")
    sparse_dims, count = index_array.shape
    value_array = values._data if values.ndim else values._data.reshape(1)
    if value_array.shape[0] != count:
        raise RuntimeError(f"indices and values must have same nnz, but got nnz from indices: "
                           f"{count}, nnz from values: {value_array.shape[0]}")
    dense_shape = tuple(value_array.shape[1:])
    if size is None:
        extent = convert.host(index_array).max(axis=1) + 1 if count else \
            np.zeros(sparse_dims, np.int64)
        size = tuple(int(n) for n in extent) + dense_shape
    size = tuple(int(n) for n in size)
    if len(size) != sparse_dims + len(dense_shape):
        raise RuntimeError(f"'len(size) == sparse_dim + dense_dim' is not satisfied: len(size) = "
                           f"{len(size)}, sparse_dim = {sparse_dims}, dense_dim = "
                           f"{len(dense_shape)}")
    coalesced = count <= 1 if is_coalesced is None else bool(is_coalesced)
    data = SparseData(layouts.sparse_coo, size, value_array, indices=index_array,
                      coalesced=coalesced)
    result = make(data, values.dtype)

    def backward(grad):
        from .methods import to_dense  # noqa: PLC0415

        dense = to_dense(grad) if grad._sparse_layout else grad
        return (dense[tuple(Tensor._make(row, dtypes.int64) for row in index_array)],)

    return _finish(result, values, requires_grad, "SparseCooTensorWithDimsAndTensorsBackward0",
                   backward)


_PLAIN_NAMES = {layouts.sparse_csr: "col", layouts.sparse_bsr: "col",
                layouts.sparse_csc: "row", layouts.sparse_bsc: "row"}


def sparse_compressed_tensor(compressed_indices, plain_indices, values, size=None, *,
                             dtype=None, layout=None, device=None, pin_memory=False,
                             requires_grad=False, check_invariants=None,
                             function: str = "sparse_compressed_tensor"):
    if layout not in layouts.COMPRESSED:
        got = "none" if layout is None else getattr(layout, "backend_name", layout)
        raise RuntimeError(f"{function} expected sparse compressed tensor layout but got {got}")
    dtype = None if dtype is None else dtypes.to_dtype(dtype, function)
    _invariants_warning(check_invariants)
    values = _as_tensor(values, dtype, device)
    device = values.device if device is None else device
    compressed = _index_array(compressed_indices, device)
    plain = _index_array(plain_indices, device)
    blocked = layout in convert.BLOCKED
    block = tuple(values.shape[1:3]) if blocked else (1, 1)
    if size is None:
        majors = compressed.shape[-1] - 1
        minors = int(convert.host(plain).max()) + 1 if plain.size else 0
        rows, cols = (majors, minors) if layout in convert.ROW_COMPRESSED else (minors, majors)
        dense_shape = tuple(values.shape[3:] if blocked else values.shape[1:])
        size = (rows * block[0], cols * block[1]) + dense_shape
    data = SparseData(layout, tuple(int(n) for n in size), values._data, compressed=compressed,
                      plain=plain)
    result = make(data, values.dtype)
    def backward(grad):
        raise RuntimeError("derivative for aten::sparse_compressed_tensor is not implemented")

    return _finish(result, values, requires_grad, "NotImplemented", backward)

