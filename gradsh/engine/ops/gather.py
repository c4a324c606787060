"""Selection by index tensors and masks: gather, index_select, masked_fill, ...

Each backward puts the gradient back where the values came from, adding up
repeated indices (``scatter_add_into`` / ``index.embed``); those are
differentiable too, so create_graph works through them.
"""
from __future__ import annotations

import numpy as np

from .. import dtypes, limits
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .common import broadcast_shapes, normalize_dim, same_device
from .index import _add_at, embed, getitem
from .linalg import c_type_name
from .common import CHECK_SIZE_ABOVE


def _grid(index_shape, dim: int, index_array, xp) -> tuple:
    """Index arrays that address ``index_array``'s positions, with ``dim`` replaced by it."""
    ndim = len(index_shape)
    key = []
    for d, n in enumerate(index_shape):
        if d == dim:
            key.append(index_array)
        else:
            key.append(xp.arange(n).reshape((1,) * d + (n,) + (1,) * (ndim - d - 1)))
    return tuple(key)


def _check_gather_index(input, dim, index, name):
    if not isinstance(index, Tensor) or index.dtype not in (dtypes.int64, dtypes.int32):
        raise RuntimeError(f"{name}(): Expected dtype int64 for index")
    if index.ndim != input.ndim and not (index.ndim <= 1 and input.ndim <= 1):
        raise RuntimeError("Index tensor must have the same number of dimensions as input tensor")
    same_device(input, index)
    dim = normalize_dim(dim, input.ndim)
    in_shape = tuple(input.shape) or (1,)
    idx_shape = tuple(index.shape) or (1,)
    for d in range(len(idx_shape)):
        if d != dim and idx_shape[d] > in_shape[d]:
            raise RuntimeError(
                f"Size does not match at dimension {d} expected index "
                f"[{', '.join(map(str, index.shape))}] to be no larger than self "
                f"[{', '.join(map(str, input.shape))}] apart from dimension {dim}")
    data = index._data.astype(np.int64, copy=False).reshape(idx_shape)
    size = in_shape[dim]
    bad = (data < -size) | (data >= size)
    if data.size and bool(bad.any()):
        raise RuntimeError(f"index {int(data[bad].ravel()[0])} is out of bounds for dimension "
                           f"{dim} with size {size}")
    return dim, data


def scatter_add_into(src: Tensor, dim: int, index: Tensor, shape) -> Tensor:
    """Zeros of ``shape`` with ``src`` added along ``dim`` at ``index`` (gather's adjoint)."""
    xp = src._xp
    out = xp.zeros(tuple(shape) or (1,), dtype=src.dtype.np)
    idx = index._data.astype(np.int64, copy=False).reshape(tuple(index.shape) or (1,))
    _add_at(xp, out, _grid(idx.shape, dim, idx, xp), src._data.reshape(idx.shape))
    result = Tensor._make(out.reshape(tuple(shape)), src.dtype)
    return record(result, "ScatterAddBackward0", (src,), lambda g: (g.gather(dim, index),))


@op("gather", summary="out[i][j] = input[i][index[i][j]] along dim.",
    example="tensor([[1., 2.], [3., 4.]]).gather(1, tensor([[0], [0]]))")
def gather(input, dim, index, *, sparse_grad=False):
    if isinstance(index, Tensor) and index._data.size > CHECK_SIZE_ABOVE:  # index grids and
        limits.check_copy(index, dtypes.int64)  # a result of the index's numel (issue 19)
    dim, idx = _check_gather_index(input, dim, index, "gather")
    xp = input._xp
    data = input._data.reshape(tuple(input.shape) or (1,))
    out = Tensor._make(data[_grid(idx.shape, dim, idx, xp)].reshape(tuple(index.shape)),
                       input.dtype)
    shape = input.shape
    return record(out, "GatherBackward0", (input, index),
                  lambda g, saved_index: (scatter_add_into(g, dim, saved_index, shape), None),
                  saved=(index,))


@op("index_select", summary="The entries at the given indices along dim.",
    example="arange(6.).reshape(2, 3).index_select(1, tensor([2, 0]))")
def index_select(input, dim, index):
    if not isinstance(index, Tensor) or index.dtype not in (dtypes.int64, dtypes.int32):
        raise RuntimeError("index_select(): Expected dtype int32 or int64 for index")
    if index.ndim > 1:
        raise IndexError("index_select(): Index is supposed to be a vector")
    dim = normalize_dim(dim, input.ndim)
    size = input.shape[dim] if input.ndim else 1
    if index._data.size > CHECK_SIZE_ABOVE:  # a result of the index's numel (issue 19)
        limits.check_copy(index, input.dtype)
    idx = index._data.astype(np.int64, copy=False).reshape(-1)
    bad = (idx < 0) | (idx >= size)
    if idx.size and bool(bad.any()):
        raise IndexError("index out of range in self")  # PyTorch's words on the CPU
    if input.ndim == 0:
        return record(Tensor._make(input._data.copy(), input.dtype), "IndexSelectBackward0",
                      (input, index), lambda g: (g, None))
    key = (slice(None),) * dim + (idx,)
    shape = input.shape
    return record(Tensor._make(input._data[key], input.dtype), "IndexSelectBackward0",
                  (input, index), lambda g, saved_index: (embed(g, shape, key), None),
                  saved=(index,))


def _check_mask(mask, name: str):
    if not isinstance(mask, Tensor):
        raise TypeError(f"{name}(): argument 'mask' (position 1) must be Tensor, not "
                        f"{type(mask).__name__}")
    if mask.dtype is not dtypes.bool_:
        raise RuntimeError(f"{name} only supports boolean masks, but got mask with dtype "
                           f"{c_type_name(mask.dtype)}")


@op("masked_fill", summary="A copy with value where mask is True (mask broadcasts).",
    example="tensor([1., 2., 3.]).masked_fill(tensor([True, False, True]), 0.)",
    inplace="masked_fill_")
def masked_fill(input, mask, value):
    _check_mask(mask, "masked_fill_")
    same_device(input, mask)
    value_tensor = isinstance(value, Tensor)
    if value_tensor and value.ndim != 0:
        raise RuntimeError("masked_fill_ only supports a 0-dimensional value tensor, but got "
                           f"tensor with {value.ndim} dimension(s).")
    shape = broadcast_shapes(tuple(input.shape), tuple(mask.shape))
    limits.check_allocation(shape, input.dtype)  # an expanded input or mask: its full size
    xp = input._xp
    fill = value._data if value_tensor else value
    data = xp.where(mask._data, xp.asarray(fill).astype(input.dtype.np), input._data)
    out = Tensor._make(xp.ascontiguousarray(xp.broadcast_to(data, shape)), input.dtype)
    if value_tensor:
        def backward(g, saved_mask):
            others = Tensor._make(~saved_mask._data, dtypes.bool_)
            return (g.masked_fill(saved_mask, 0), None, g.masked_fill(others, 0).sum())

        return record(out, "MaskedFillBackward1", (input, mask, value), backward, saved=(mask,))
    return record(out, "MaskedFillBackward0", (input, mask),
                  lambda g, saved_mask: (g.masked_fill(saved_mask, 0), None), saved=(mask,))


@op("masked_select", summary="The elements where mask is True, as a 1-D tensor.",
    example="tensor([1., 2., 3.]).masked_select(tensor([True, False, True]))")
def masked_select(input, mask):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    _check_mask(mask, "masked_select:")
    same_device(input, mask)
    shape = broadcast_shapes(tuple(input.shape), tuple(mask.shape))
    xp = input._xp
    mask_b = xp.broadcast_to(mask._data, shape)
    out = Tensor._make(xp.broadcast_to(input._data, shape)[mask_b], input.dtype)
    return record(out, "MaskedSelectBackward0", (input, mask),
                  lambda g, m: (embed(g, shape, (xp.broadcast_to(m._data, shape),)), None),
                  saved=(mask,))


@op("take", summary="Elements of the flattened input at the given indices.",
    example="arange(6.).reshape(2, 3).take(tensor([0, 5]))")
def take(input, index):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # flattening copies it (issue 19)
    if isinstance(index, Tensor) and index._data.size > CHECK_SIZE_ABOVE:
        limits.check_copy(index, dtypes.int64)
    if not isinstance(index, Tensor) or index.dtype.category != dtypes.INTEGER:
        raise RuntimeError("take(): Expected a long tensor for index, but got "
                           f"{getattr(index, 'dtype', type(index).__name__)}")
    numel = input._data.size
    idx = index._data.astype(np.int64, copy=False)
    bad = (idx < -numel) | (idx >= numel)
    if idx.size and bool(bad.any()):
        raise IndexError(f"out of range: tried to access index {int(idx[bad].ravel()[0])} on a "
                         f"tensor of {numel} elements.")
    flat = input._data.reshape(-1)
    shape = input.shape
    return record(Tensor._make(flat[idx], input.dtype), "TakeBackward0", (input, index),
                  lambda g, saved_index: (embed(g, (numel,), (idx,)).reshape(shape), None),
                  saved=(index,))


__all__ = [
    "gather",
    "getitem",
    "index_select",
    "masked_fill",
    "masked_select",
    "scatter_add_into",
    "take",
]
