"""More reductions: nansum, nanmean, count_nonzero, aminmax, cummax,
cummin, mode.

nanmean is composed as in PyTorch (nansum / count: DivBackward0); the
others have their own nodes with PyTorch's backward rules in Tensor ops.
"""
from __future__ import annotations

import numpy as np

from .. import dtypes
from ..autograd import no_grad, record
from ..registry import op
from ..tensor import Tensor
from .common import as_result, normalize_dim
from .linalg_common import named
from .reduce import expand_back, reduce_dims
from .reduce_select import ReturnType, _evenly_distribute, _select_backward
from .. import limits
from .common import CHECK_SIZE_ABOVE


@op("nansum", summary="The sum, with NaN counted as zero.",
    example="nansum(tensor([1., float('nan'), 2.]))")
def nansum(input, dim=None, keepdim=False, *, dtype=None):
    dims = reduce_dims(input, dim)
    with no_grad():
        cleared = input.masked_fill(input.isnan(), 0) if input.dtype.is_floating_point \
            else input
        out = cleared.sum(dim if dims is not None else None, keepdim, dtype=dtype) \
            if dim is not None else cleared.sum(dtype=dtype)
    out = Tensor._make(out._data, out.dtype)

    def backward(g, x):
        kept = x.isnan().logical_not().to(g.dtype)
        return (expand_back(g, x.shape, dims, keepdim) * kept,)
    return record(out, "NansumBackward0", (input,), backward, saved=(input,))


@op("nanmean", summary="The mean of the non-NaN elements.",
    example="nanmean(tensor([1., float('nan'), 2.]))")
def nanmean(input, dim=None, keepdim=False, *, dtype=None):
    if not input.dtype.is_floating_point:
        raise RuntimeError(f"nanmean(): expected input to have floating point or complex dtype "
                           f"but got {input.dtype.short}")
    counted = input.isnan().logical_not()
    if dim is None:
        return input.nansum(dtype=dtype) / counted.sum()
    return input.nansum(dim, keepdim, dtype=dtype) / counted.sum(dim, keepdim)


@op("count_nonzero", summary="The number of non-zero elements, over all or over dim.",
    example="count_nonzero(tensor([[0, 1, 7], [0, 0, 3]]), dim=0)", differentiable=False)
def count_nonzero(input, dim=None):
    axes = None if dim is None else tuple(
        normalize_dim(d, input.ndim) for d in (dim if isinstance(dim, (list, tuple)) else [dim]))
    counts = (input._data != 0).sum(axis=axes)
    return as_result(counts, dtypes.int64, input._xp)


@op("aminmax", summary="(min, max) over all elements or over dim.",
    example="aminmax(tensor([1., -3., 5.]))")
def aminmax(input, *, dim=None, keepdim=False):
    if input.numel() == 0:
        raise RuntimeError("aminmax(): Expected reduction dim to be specified for input.numel() "
                           "== 0.")
    dims = None if dim is None else (normalize_dim(dim, input.ndim),)
    with no_grad():
        low = input.amin(dim, keepdim) if dim is not None else input.amin()
        high = input.amax(dim, keepdim) if dim is not None else input.amax()
    if dim is None and keepdim:
        low, high = low.reshape((1,) * input.ndim), high.reshape((1,) * input.ndim)
    low, high = Tensor._make(low._data, low.dtype), Tensor._make(high._data, high.dtype)

    def backward(grads, x, smallest, largest):
        g_low, g_high = grads
        return (_evenly_distribute(g_low, x, smallest, dims, keepdim) +
                _evenly_distribute(g_high, x, largest, dims, keepdim),)
    record((low, high), "AminmaxBackward0", (input,), backward, saved=(input, low, high))
    return named("aminmax", ("min", "max"), (low, high))


def _running_extremum(name: str, input, dim, larger: bool):
    axis = normalize_dim(dim, input.ndim)
    xp = input._xp
    data = input._data if input.ndim else input._data.reshape(1)
    axis = axis if input.ndim else 0
    accumulate = xp.maximum if larger else xp.minimum  # NaN propagates, as in PyTorch
    values = accumulate.accumulate(data, axis=axis) if data.size else data.copy()
    positions = xp.arange(data.shape[axis]).reshape(
        [-1 if d == axis else 1 for d in range(data.ndim)])
    is_nan = xp.isnan(data) if input.dtype.is_floating_point else xp.zeros(data.shape, bool)
    hits = (data == values) | is_nan
    indices = xp.maximum.accumulate(xp.where(hits, positions, 0), axis=axis) if data.size \
        else xp.zeros(data.shape, np.int64)
    shape = tuple(input.shape)
    values_t = as_result(values.reshape(shape), input.dtype, xp)
    indices_t = as_result(indices.reshape(shape), dtypes.int64, xp)

    def backward(g, index):
        if input.ndim == 0:
            return (g,)
        return (g.new_zeros(shape).scatter_add(axis, index, g),)
    record(values_t, f"{name.capitalize()}Backward0", (input,), backward, saved=(indices_t,))
    return ReturnType(name, values_t, indices_t)


@op("cummax", summary="Running maximum along dim, with the indices.",
    example="cummax(tensor([1., 3., 2., 5.]), 0)")
def cummax(input, dim):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    return _running_extremum("cummax", input, dim, True)


@op("cummin", summary="Running minimum along dim, with the indices.",
    example="cummin(tensor([4., 3., 5., 1.]), 0)")
def cummin(input, dim):
    return _running_extremum("cummin", input, dim, False)


def _mode_row(row: np.ndarray) -> tuple:
    """The most frequent value (the smallest of ties) and its last index."""
    values, counts = np.unique(row, return_counts=True)
    value = values[np.argmax(counts)]
    index = len(row) - 1 - int(np.nonzero(row[::-1] == value)[0][0])
    return value, index


@op("mode", summary="The most frequent value along dim (the smallest of ties), with its index.",
    example="mode(tensor([1., 2., 2., 3.]))")
def mode(input, dim=-1, keepdim=False):
    from .. import backend  # noqa: PLC0415

    axis = normalize_dim(dim, input.ndim)
    host = backend.to_host(input._data)
    if input.ndim == 0:
        host = host.reshape(1)
    moved = np.moveaxis(host, axis if input.ndim else 0, -1)
    rows = moved.reshape(-1, moved.shape[-1])
    picked = [_mode_row(row) for row in rows]
    out_shape = moved.shape[:-1]
    values = np.array([p[0] for p in picked], dtype=host.dtype).reshape(out_shape)
    indices = np.array([p[1] for p in picked], dtype=np.int64).reshape(out_shape)
    if keepdim and input.ndim:
        values, indices = np.expand_dims(values, axis), np.expand_dims(indices, axis)
    xp = input._xp
    values_t = as_result(xp.asarray(values), input.dtype, xp)
    indices_t = as_result(xp.asarray(indices), dtypes.int64, xp)
    shape = tuple(input.shape)
    record(values_t, "ModeBackward0", (input,),
           lambda g, index: (_select_backward(g, index, axis, keepdim, shape),),
           saved=(indices_t,))
    return ReturnType("mode", values_t, indices_t)
