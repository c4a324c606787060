"""Writes at indices: index_fill, index_reduce, put, and isreal.

Backward rules follow ``tools/autograd/derivatives.yaml``: index_fill's
input gets the gradient with the filled slices zeroed (a tensor value gets
the sum over them, IndexFillBackward1); put's source gets ``grad.take(index)``
and its input the gradient with the written places zeroed unless it
accumulates; index_reduce's rules are ATen's ``index_reduce_backward``
(prod divides by the value, or multiplies the others where a single value
is zero; mean divides by the counts; amax/amin share a tie evenly). All
are built from differentiable ops, so they differentiate again.
"""
from __future__ import annotations

import numpy as np

from .. import dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .common import check_index_dtype, normalize_dim, same_device
from .elementwise_math import where
from ..warn_once import warn_once
from .index import _add_at
from .. import limits
from .common import CHECK_SIZE_ABOVE

_INDEX_REDUCE_WARNING = (
    "index_reduce() is in beta and the API may change at any time. (Triggered internally at "
    "/__w/pytorch/pytorch/aten/src/ATen/native/TensorAdvancedIndexing.cpp:1523.)")


def _index_vector(index, dim_size: int, dim: int, bounds_error) -> np.ndarray:
    idx = index._data.astype(np.int64, copy=False).reshape(-1)
    bad = (idx < -dim_size) | (idx >= dim_size)
    if idx.size and bool(bad.any()):
        bounds_error(int(idx[bad][0]))
    return idx % dim_size if dim_size else idx


# --------------------------------------------------------------- index_fill
@op("index_fill", summary="A copy of input with the slices at index along dim set to value.",
    example="ones(3, 3).index_fill(1, tensor([0, 2]), -1)", inplace="index_fill_")
def index_fill(input, dim, index, value):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    if not isinstance(index, Tensor) or index.dtype is not dtypes.int64:
        raise IndexError("index_fill_(): Expected dtype int64 for index.")
    value_is_tensor = isinstance(value, Tensor)
    if value_is_tensor and value.ndim != 0:
        raise RuntimeError(f"index_fill_ only supports a 0-dimensional value tensor, but got "
                           f"tensor with {value.ndim} dimension(s).")
    same_device(input, index)
    dim = normalize_dim(dim, input.ndim)
    if index.ndim > 1:
        raise RuntimeError("Index has to be a vector/scalar")
    self_shape = tuple(input.shape) or (1,)
    size = self_shape[dim]

    def bounds_error(bad):
        raise IndexError(f"index {bad} is out of bounds for dimension {dim} with size {size}")
    idx = _index_vector(index, size, dim, bounds_error)
    out = input._data.reshape(self_shape).copy()
    fill = value._data if value_is_tensor else value
    out[(slice(None),) * dim + (idx,)] = input._xp.asarray(fill).astype(out.dtype)
    result = Tensor._make(out.reshape(tuple(input.shape)), input.dtype)
    if value_is_tensor:
        def backward_tensor(g, saved_index):
            unique = Tensor._make(g._xp.unique(saved_index._data.reshape(-1) % size),
                                  dtypes.int64)
            picked = g.reshape(*self_shape).index_select(dim, unique).sum()
            return (index_fill(g, dim, saved_index, 0), None, picked)
        return record(result, "IndexFillBackward1", (input, index, value), backward_tensor,
                      saved=(index,))
    return record(result, "IndexFillBackward0", (input, index),
                  lambda g, saved_index: (index_fill(g, dim, saved_index, 0), None),
                  saved=(index,))


# ------------------------------------------------------------- index_reduce
_IDENTITY = {"prod": 1, "mean": 0}


def _reduce_identity(reduce: str, dtype):
    if reduce in _IDENTITY:
        return _IDENTITY[reduce]
    info = np.finfo(dtype.np) if dtype.is_floating_point else np.iinfo(dtype.np)
    if dtype.is_floating_point:
        return -np.inf if reduce == "amax" else np.inf
    return info.min if reduce == "amax" else info.max


def _index_reduce_data(input, dim, idx, source, reduce, include_self):
    xp = input._xp
    self_shape = tuple(input.shape) or (1,)
    out = input._data.reshape(self_shape).copy()
    values = source._data.reshape(tuple(source.shape) or (1,))
    key = (slice(None),) * dim + (idx,)
    if not include_self:
        out[key] = _reduce_identity(reduce, input.dtype)
    if reduce == "prod":
        np.multiply.at(out, key, values) if xp is np else _gpu_at(xp, "multiply", out, key,
                                                                     values)
    elif reduce == "mean":
        _add_at(xp, out, key, values)
        counts = xp.ones(self_shape, dtype=np.int64) if include_self else \
            xp.zeros(self_shape, dtype=np.int64)
        _add_at(xp, counts, key, xp.ones(values.shape, dtype=np.int64))
        counts[counts == 0] = 1
        if input.dtype.is_floating_point or input.dtype.is_complex:
            out = out / counts.astype(out.dtype)
        else:
            out = xp.floor_divide(out, counts).astype(out.dtype)
    else:
        ufunc = "maximum" if reduce == "amax" else "minimum"
        getattr(np, ufunc).at(out, key, values) if xp is np else _gpu_at(xp, ufunc, out, key,
                                                                          values)
    return out.reshape(tuple(input.shape))


def _gpu_at(xp, ufunc: str, out, key, values) -> None:
    import cupy  # noqa: PLC0415 - only on a GPU

    host = cupy.asnumpy(out)
    getattr(np, ufunc).at(host, tuple(k if isinstance(k, slice) else cupy.asnumpy(k)
                                      for k in key), cupy.asnumpy(values))
    out[...] = cupy.asarray(host)


@op("index_reduce", summary="A copy of input with the slices of source reduced (prod, mean, "
    "amax, amin) into the slices at index along dim.",
    example="ones(3, 2).index_reduce(0, tensor([0, 0]), full((2, 2), 3.), 'prod')",
    inplace="index_reduce_")
def index_reduce(input, dim, index, source, reduce, *, include_self=True):
    warn_once(_INDEX_REDUCE_WARNING)
    if reduce not in ("prod", "mean", "amax", "amin"):
        raise RuntimeError(f"index_reduce(): Expected reduce to be one of prod, mean, amax or "
                           f"amin but got {reduce}.")
    check_index_dtype(index, "index_reduce_", int32=True)
    same_device(input, index, source)
    if source.dtype is not input.dtype:
        raise RuntimeError(f"index_reduce_(): self ({input.dtype.short}) and source "
                           f"({source.dtype.short}) must have the same scalar type")
    if index.ndim > 1:
        raise IndexError("index_reduce_(): Index is supposed to be a vector")
    dim = normalize_dim(dim, input.ndim)
    self_shape, source_shape = tuple(input.shape) or (1,), tuple(source.shape) or (1,)
    if index.numel() != source_shape[dim]:
        raise RuntimeError(f"index_reduce_(): Number of indices ({index.numel()}) should be "
                           f"equal to source.size(dim): ({source_shape[dim]}), for dim: {dim}")
    idx = index._data.astype(np.int64, copy=False).reshape(-1)
    if idx.size and bool(((idx < 0) | (idx >= self_shape[dim])).any()):
        raise IndexError("index out of range in self")
    out = _index_reduce_data(input, dim, idx, source, reduce, include_self)
    result = Tensor._make(out, input.dtype)

    def backward(g, saved_index, saved_self, saved_source, saved_result):
        return _index_reduce_backward(g, dim, saved_index, saved_self, saved_source, reduce,
                                      include_self, saved_result)
    return record(result, "IndexReduceBackward0", (input, index, source), backward,
                  saved=(index, input, source, result))


def _index_reduce_backward(grad, dim, index, self, source, reduce, include_self, result):
    """ATen's index_reduce_backward (FunctionsManual.cpp)."""
    if reduce == "prod":
        masked_self = self.masked_fill(self == 0, 1)
        masked_self_result = index_reduce(masked_self, dim, index, source, reduce,
                                          include_self=include_self)
        grad_self = grad * masked_self_result / masked_self
        src_zero = source == 0
        src_num_zeros = _zeros_like(self).index_add(dim, index, src_zero.to(self.dtype)) \
            .index_select(dim, index)
        src_single_zero = src_zero & (src_num_zeros == 1)
        masked_src = source.masked_fill(src_single_zero, 1)
        masked_src_result = index_reduce(self, dim, index, masked_src, reduce,
                                         include_self=include_self)
        grad_src = where(src_single_zero, (grad * masked_src_result).index_select(dim, index),
                         (grad * result).index_select(dim, index) / source.masked_fill(src_zero,
                                                                                       1))
    elif reduce == "mean":
        counts = (_zeros_like(grad) + 1) if include_self else _zeros_like(grad)
        counts = counts.index_add(dim, index, _zeros_like(source) + 1)
        counts = counts.masked_fill(counts == 0, 1)
        grad_self = grad / counts
        grad_src = grad.index_select(dim, index) / counts.index_select(dim, index)
    else:
        value = result.index_select(dim, index)
        self_is_result = (self == result).to(self.dtype)
        source_is_result = (source == value).to(self.dtype)
        distribute = self_is_result.index_add(dim, index, source_is_result)
        grad_distributed = grad / distribute
        grad_self = self_is_result * grad_distributed
        grad_src = source_is_result * grad_distributed.index_select(dim, index)
    if not include_self:
        grad_self = index_fill(grad_self, dim, index.to(dtypes.int64), 0)
    return (grad_self, None, grad_src)


def _zeros_like(tensor: Tensor) -> Tensor:
    return Tensor._make(tensor._xp.zeros(tuple(tensor.shape), dtype=tensor.dtype.np),
                        tensor.dtype)


# ---------------------------------------------------------------------- put
@op("put", summary="A copy of input with source's elements written (or added, accumulate="
    "True) at the flat indices index.",
    example="tensor([[4, 3, 5], [6, 7, 8]]).put(tensor([1, 3]), tensor([9, 10]))",
    inplace="put_")
def put(input, index, source, accumulate=False):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    check_index_dtype(index, "put_")
    same_device(input, index, source)
    if source.dtype is not input.dtype:
        raise RuntimeError(f"put_(): self and source expected to have the same dtype, but got "
                           f"self.dtype = {input.dtype.short} and source.dtype = "
                           f"{source.dtype.short}")
    if source.numel() != index.numel():
        raise IndexError(f"put_(): Expected source and index to have the same number of "
                         f"elements, but got source.numel() = {source.numel()}, index.numel() "
                         f"= {index.numel()}")
    numel = input._data.size
    idx = index._data.astype(np.int64, copy=False).reshape(-1)
    bad = (idx < -numel) | (idx >= numel)
    if idx.size and bool(bad.any()):
        raise IndexError(f"out of range: tried to access index {int(idx[bad][0])} on a tensor "
                         f"of {numel} elements.")
    idx = idx % numel if numel else idx
    flat = input._data.reshape(-1).copy()
    values = source._data.reshape(-1)
    if accumulate:
        _add_at(input._xp, flat, (idx,), values)
    else:
        flat[idx] = values
    shape, source_shape = tuple(input.shape), tuple(source.shape)

    def backward(g, saved_index):
        grad_self = g if accumulate else put(g, saved_index, _zeros_like_shape(g, source_shape))
        return (grad_self, None, g.take(saved_index).reshape(*source_shape))
    return record(Tensor._make(flat.reshape(shape), input.dtype), "PutBackward0",
                  (input, index, source), backward, saved=(index,))


def _zeros_like_shape(like: Tensor, shape) -> Tensor:
    return Tensor._make(like._xp.zeros(shape, dtype=like.dtype.np), like.dtype)


# ------------------------------------------------------------------- isreal
@op("isreal", summary="True where an element is real (a complex one with zero imaginary part).",
    example="isreal(tensor([1, 1+1j, 2+0j]))", differentiable=False)
def isreal(input):
    xp = input._xp
    if input.dtype.is_complex:
        out = input._data.imag == 0
    else:
        out = xp.ones(tuple(input.shape), dtype=bool)
    return Tensor._make(out, dtypes.bool_)


__all__ = ["index_fill", "index_reduce", "isreal", "put"]
