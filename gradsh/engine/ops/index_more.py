"""More indexing: nonzero/argwhere, unique, scatter, scatter_add, index_add.

scatter's backward puts zeros where it wrote and gathers the gradient for
``src`` (``ScatterBackward0``; ``ScatterBackward1`` for a scalar value);
scatter_add and index_add pass the gradient through and gather (or select)
it for the source. With ``reduce=`` PyTorch has no derivative, nor for
unique: their nodes raise PyTorch's error when backward reaches them.
"""
from __future__ import annotations

import numpy as np

from .. import backend, dtypes
from ..autograd import record
from ..registry import op
from ..warn_once import warn_once
from ..tensor import Tensor
from .common import check_index_dtype, is_scalar, normalize_dim, same_device
from .gather import _grid
from .index import _add_at, embed
from .. import limits
from .common import CHECK_SIZE_ABOVE


def _text(shape) -> str:
    return "[" + ", ".join(str(n) for n in shape) + "]"


# ----------------------------------------------------------------- nonzero
@op("nonzero", summary="The indices of the non-zero elements (one row each, or a tuple of "
    "index tensors with as_tuple=True).", example="tensor([1, 0, 2]).nonzero()",
    differentiable=False)
def nonzero(input, *, as_tuple=False):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # at most numel x ndim
        limits.check_copy(input, dtypes.int64)  # int64 indices (issue 19)
    xp = input._xp
    if as_tuple:
        data = input._data.reshape(1) if input.ndim == 0 else input._data
        return tuple(Tensor._make(i.astype(np.int64), dtypes.int64) for i in xp.nonzero(data))
    return Tensor._make(xp.argwhere(input._data).astype(np.int64), dtypes.int64)


@op("argwhere", summary="The indices of the non-zero elements, one row each (nonzero()).",
    example="tensor([1, 0, 2]).argwhere()", differentiable=False)
def argwhere(input):
    return nonzero(input)


# ------------------------------------------------------------------ unique
def _no_derivative(name: str, error=NotImplementedError):
    def backward(*grads):
        raise error(name)
    return backward


@op("unique", summary="The sorted distinct elements (or slices along dim), with the inverse "
    "indices and counts on request.", example="tensor([3, 1, 3]).unique()",
    differentiable=False)
def unique(input, sorted=True, return_inverse=False, return_counts=False, dim=None):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    xp = input._xp
    data = input._data
    if dim is None:
        flat = data.reshape(-1)
        if xp is np:
            values, inverse, counts = np.unique(flat, return_inverse=True, return_counts=True,
                                                equal_nan=False)
        else:
            values, inverse, counts = xp.unique(flat, return_inverse=True, return_counts=True)
        inverse = inverse.reshape(data.shape)
        name, message = "Unique2Backward0", "the derivative for '_unique2' is not implemented."
    else:
        dim = normalize_dim(dim, input.ndim)
        moved = xp.moveaxis(data, dim, 0)
        rows = moved.reshape(moved.shape[0], -1)
        if rows.shape[0] == 0:
            values, inverse, counts = rows, xp.zeros(0, np.int64), xp.zeros(0, np.int64)
        else:
            values, inverse, counts = np.unique(backend.to_host(rows), axis=0, return_inverse=True,
                                                return_counts=True)
            values, inverse, counts = (xp.asarray(a) for a in (values, inverse, counts))
        values = xp.moveaxis(values.reshape((values.shape[0],) + moved.shape[1:]), 0, dim)
        inverse = inverse.reshape(-1)
        name, message = "UniqueDimBackward0", "the derivative for 'unique_dim' is not implemented."
    out = record(Tensor._make(xp.ascontiguousarray(values), input.dtype), name, (input,),
                 _no_derivative(message))
    extras = []
    if return_inverse:
        extras.append(Tensor._make(inverse.astype(np.int64), dtypes.int64))
    if return_counts:
        extras.append(Tensor._make(counts.astype(np.int64), dtypes.int64))
    return (out, *extras) if extras else out


# ----------------------------------------------------------------- scatter
def _scatter_checks(input, dim, index, src, name: str) -> tuple:
    """(dim, index array) after PyTorch's checks of scatter's arguments."""
    if not isinstance(index, Tensor) or index.dtype not in (dtypes.int64, dtypes.int32):
        raise RuntimeError(f"{name}(): Expected dtype int32/int64 for index")
    same_device(input, index, src)
    if isinstance(src, Tensor) and src.dtype is not input.dtype:
        raise RuntimeError("scatter(): Expected self.dtype to be equal to src.dtype")
    ndim = max(input.ndim, 1)
    dim = normalize_dim(dim, input.ndim)
    if max(index.ndim, 1) != ndim:
        raise RuntimeError("Index tensor must have the same number of dimensions as self tensor")
    if isinstance(src, Tensor) and max(src.ndim, 1) != ndim:
        raise RuntimeError("Index tensor must have the same number of dimensions as src tensor")
    self_shape = tuple(input.shape) or (1,)
    index_shape = tuple(index.shape) or (1,)
    src_shape = (tuple(src.shape) or (1,)) if isinstance(src, Tensor) else None
    too_big = any(index_shape[d] > self_shape[d] for d in range(ndim) if d != dim)
    if src_shape is not None:
        too_big = too_big or any(index_shape[d] > src_shape[d] for d in range(ndim))
    if too_big:
        text = (f"Expected index {_text(index.shape)} to be no larger than self "
                f"{_text(input.shape)} apart from dimension {dim}")
        if src_shape is not None:
            text += f" and to be no larger size than src {_text(src.shape)}"
        raise RuntimeError(text)
    data = index._data.astype(np.int64, copy=False).reshape(index_shape)
    size = self_shape[dim]
    bad = (data < 0) | (data >= size)
    if data.size and bool(bad.any()):
        raise RuntimeError(f"index {int(data[bad].ravel()[0])} is out of bounds for dimension "
                           f"{dim} with size {size}")
    return dim, data


def _src_part(src: Tensor, index_shape):
    """The leading index-shaped block of src (scatter reads no more of it)."""
    data = src._data.reshape(tuple(src.shape) or (1,))
    return data[tuple(slice(0, n) for n in index_shape)]


def _gathered_for_src(g: Tensor, dim: int, index: Tensor, src_shape) -> Tensor:
    """The gradient of src: g gathered at index, zeros where src was not read."""
    gathered = g.reshape(*(tuple(g.shape) or (1,))).gather(dim, index.reshape(
        *(tuple(index.shape) or (1,))))
    if tuple(gathered.shape) != (tuple(src_shape) or (1,)):
        gathered = embed(gathered, tuple(src_shape) or (1,),
                         tuple(slice(0, n) for n in gathered.shape))
    return gathered.reshape(*src_shape)


SCATTER_REDUCE_WARNING = (
    "The reduce argument of torch.scatter with Tensor src is deprecated and will be removed in a "
    "future PyTorch release. Use torch.scatter_reduce instead for more reduction options. "
    "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/"
    "TensorAdvancedIndexing.cpp:225.)")


@op("scatter", summary="A copy with src (or value) written at index along dim "
    "(reduce='add'/'multiply' combines instead).",
    example="zeros(2, 3).scatter(1, tensor([[2], [0]]), 1.)", inplace="scatter_")
def scatter(input, dim, index, src=None, value=None, *, reduce=None):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    if src is None:
        src = value
    if src is None:
        raise TypeError("scatter() missing 1 required positional argument: 'src' or 'value'")
    is_tensor = isinstance(src, Tensor)
    if not is_tensor and not is_scalar(src):
        raise TypeError(f"scatter(): argument 'src' (position 3) must be Tensor, not "
                        f"{type(src).__name__}")
    if reduce is not None and reduce not in ("add", "multiply"):
        raise RuntimeError("reduce argument must be either add or multiply.")
    dim, idx = _scatter_checks(input, dim, index, src if is_tensor else None, "scatter")
    xp = input._xp
    shape = tuple(input.shape)
    out = input._data.reshape(shape or (1,)).copy()
    key = _grid(idx.shape, dim, idx, xp)
    values = _src_part(src, idx.shape) if is_tensor else \
        xp.asarray(src).astype(input.dtype.np)
    if reduce is None:
        out[key] = values
    else:
        if is_tensor:
            warn_once(SCATTER_REDUCE_WARNING)
        values = xp.broadcast_to(values, idx.shape)
        if reduce == "add":
            _add_at(xp, out, key, values)
        else:
            np.multiply.at(out, key, values) if xp is np else _multiply_at_gpu(out, key, values)
    result = Tensor._make(out.reshape(shape), input.dtype)
    if reduce is not None:
        return record(result, "NotImplemented", (input, src) if is_tensor else (input,),
                      _no_derivative("derivative for aten::scatter is not implemented",
                                     RuntimeError))
    if is_tensor:
        src_shape = tuple(src.shape)

        def backward(g, saved_index):
            return (g.scatter(dim, saved_index, 0), None,
                    _gathered_for_src(g, dim, saved_index, src_shape))

        return record(result, "ScatterBackward0", (input, index, src), backward, saved=(index,))
    return record(result, "ScatterBackward1", (input, index),
                  lambda g, saved_index: (g.scatter(dim, saved_index, 0), None), saved=(index,))


def _multiply_at_gpu(out, key, values) -> None:
    """In place out[key] *= values, repeated indices multiplying in turn (no ufunc.at)."""
    import cupy  # noqa: PLC0415 - only on a GPU

    host = cupy.asnumpy(out)
    np.multiply.at(host, tuple(cupy.asnumpy(k) for k in key), cupy.asnumpy(values))
    out[...] = cupy.asarray(host)


@op("scatter_add", summary="A copy with src added at index along dim (repeats accumulate).",
    example="zeros(3).scatter_add(0, tensor([0, 0, 2]), ones(3))", inplace="scatter_add_")
def scatter_add(input, dim, index, src):
    if not isinstance(src, Tensor):
        raise TypeError(f"scatter_add(): argument 'src' (position 3) must be Tensor, not "
                        f"{type(src).__name__}")
    dim, idx = _scatter_checks(input, dim, index, src, "scatter")
    xp = input._xp
    shape = tuple(input.shape)
    out = input._data.reshape(shape or (1,)).copy()
    _add_at(xp, out, _grid(idx.shape, dim, idx, xp), _src_part(src, idx.shape))
    src_shape = tuple(src.shape)
    return record(Tensor._make(out.reshape(shape), input.dtype), "ScatterAddBackward0",
                  (input, index, src),
                  lambda g, saved_index: (g, None, _gathered_for_src(g, dim, saved_index,
                                                                     src_shape)),
                  saved=(index,))


# --------------------------------------------------------------- index_add
@op("index_add", summary="A copy with alpha * source added at the given indices along dim.",
    example="zeros(3, 2).index_add(0, tensor([0, 2]), ones(2, 2))", inplace="index_add_")
def index_add(input, dim, index, source, *, alpha=1):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    check_index_dtype(index, "index_add_", int32=True)
    same_device(input, index, source)
    if source.dtype is not input.dtype:
        raise RuntimeError(f"index_add_(): self ({input.dtype.short}) and source "
                           f"({source.dtype.short}) must have the same scalar type")
    if index.ndim > 1:
        raise IndexError("index_add_(): Index is supposed to be a vector")
    dim = normalize_dim(dim, input.ndim)
    self_shape, source_shape = tuple(input.shape) or (1,), tuple(source.shape) or (1,)
    count = index.numel()
    if count != source_shape[dim]:
        raise RuntimeError(f"index_add_(): Number of indices ({count}) should be equal to "
                           f"source.size(dim): ({source_shape[dim]}), for dim: {dim}")
    if len(self_shape) != len(source_shape) or any(
            a != b for d, (a, b) in enumerate(zip(self_shape, source_shape)) if d != dim):
        raise RuntimeError("source tensor shape must match self tensor shape, excluding the "
                           f"specified dimension. Got self.shape = {_text(input.shape)} "
                           f"source.shape = {_text(source.shape)}")
    idx = index._data.astype(np.int64, copy=False).reshape(-1)
    size = self_shape[dim]
    bad = (idx < 0) | (idx >= size)
    if idx.size and bool(bad.any()):
        raise RuntimeError(f"index {int(idx[bad][0])} is out of bounds for dimension {dim} with "
                           f"size {size}")
    xp = input._xp
    shape = tuple(input.shape)
    out = input._data.reshape(self_shape).copy()
    values = source._data.reshape(source_shape)
    if alpha != 1:
        values = values * xp.asarray(alpha).astype(input.dtype.np)
    _add_at(xp, out, (slice(None),) * dim + (idx,), values)

    def backward(g, saved_index):
        picked = g.reshape(*self_shape).index_select(dim, saved_index).reshape(*source.shape)
        return (g, None, picked if alpha == 1 else picked * alpha)

    return record(Tensor._make(out.reshape(shape), input.dtype), "IndexAddBackward0",
                  (input, index, source), backward, saved=(index,))


__all__ = ["argwhere", "index_add", "nonzero", "scatter", "scatter_add", "unique"]
