"""Writes of one tensor into a copy of another: select_scatter, slice_scatter,
diagonal_scatter, index_copy, masked_scatter, scatter_reduce; fill_diagonal_
and unique_consecutive.

Backward rules follow ``tools/autograd/derivatives.yaml``: the written part
of the gradient goes to the source (select/slice/diagonal/index_select/
masked_select of it), zeros written at the same place to the input; they
are built from the same ops, so they differentiate again. scatter_reduce's
rules are ATen's ``scatter_reduce_backward`` (ties of amax/amin share the
gradient evenly; prod divides by the value, or multiplies the others where
the value is zero).
"""
from __future__ import annotations

import numpy as np

from .. import autograd, dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .common import check_index_dtype, normalize_dim, same_device
from .gather import _grid
from .index import _add_at, embed, getitem
from .index_more import _no_derivative, _scatter_checks, _src_part, _text


def _size_check(src: Tensor, expected) -> None:
    if tuple(src.shape) != tuple(expected):
        raise RuntimeError(f"expected src to have a size equal to the slice of self. src size = "
                           f"{_text(src.shape)}, slice size = {_text(expected)}")


def _put(input: Tensor, src: Tensor, key: tuple, name: str) -> Tensor:
    """A copy of input with src written at key (ints and slices)."""
    same_device(input, src)
    _size_check(src, input._data[key].shape)
    out = input._data.copy()
    out[key] = src._data.astype(out.dtype, copy=False)

    def backward(g):
        return (_put(g, _zeros_of(src, g), key, name), getitem(g, key))
    return record(Tensor._make(out, input.dtype), name, (input, src), backward)


def _zeros_of(src: Tensor, like: Tensor) -> Tensor:
    return Tensor._make(like._xp.zeros(tuple(src.shape), dtype=like.dtype.np), like.dtype)


@op("select_scatter", summary="A copy of input with src embedded at index along dim.",
    example="select_scatter(zeros(2, 2), ones(2), 0, 0)")
def select_scatter(input, src, dim, index):
    dim = normalize_dim(dim, input.ndim)
    size = input.shape[dim]
    if not -size <= index < size:
        raise IndexError(f"select(): index {index} out of range for tensor of size "
                         f"{_text(input.shape)} at dimension {dim}")
    key = (slice(None),) * dim + (index % size,)
    return _put(input, src, key, "SelectScatterBackward0")


@op("slice_scatter", summary="A copy of input with src embedded at start:end:step along dim.",
    example="slice_scatter(zeros(4, 4), ones(2, 4), start=2)")
def slice_scatter(input, src, dim=0, start=None, end=None, step=1):
    dim = normalize_dim(dim, input.ndim)
    key = (slice(None),) * dim + (slice(start, end, step),)
    return _put(input, src, key, "SliceScatterBackward0")


def _diagonal_key(data, offset: int, dim1: int, dim2: int):
    """(moved view of data with dim1, dim2 last, key of the diagonal there)."""
    xp = np if isinstance(data, np.ndarray) else __import__("cupy")
    moved = xp.moveaxis(data, (dim1, dim2), (-2, -1))
    rows, cols = moved.shape[-2], moved.shape[-1]
    length = max(0, min(rows + min(offset, 0), cols - max(offset, 0)))
    start_row, start_col = max(-offset, 0), max(offset, 0)
    key = (Ellipsis, xp.arange(length) + start_row, xp.arange(length) + start_col)
    return moved, key


@op("diagonal_scatter", summary="A copy of input with src on its diagonal (offset, dim1, dim2).",
    example="diagonal_scatter(zeros(3, 3), ones(2), 1)")
def diagonal_scatter(input, src, offset=0, dim1=0, dim2=1):
    same_device(input, src)
    dim1, dim2 = normalize_dim(dim1, input.ndim), normalize_dim(dim2, input.ndim)
    out = input._data.copy()
    moved, key = _diagonal_key(out, offset, dim1, dim2)
    _size_check(src, moved[key].shape)
    moved[key] = src._data.astype(out.dtype, copy=False)

    def backward(g):
        return (diagonal_scatter(g, _zeros_of(src, g), offset, dim1, dim2),
                g.diagonal(offset, dim1, dim2))
    return record(Tensor._make(out, input.dtype), "DiagonalScatterBackward0", (input, src),
                  backward)


# --------------------------------------------------------------- index_copy
@op("index_copy", summary="A copy of input with the slices of source written at index along "
    "dim.", example="zeros(5, 3).index_copy(0, tensor([0, 4, 2]), ones(3, 3))",
    inplace="index_copy_")
def index_copy(input, dim, index, source):
    check_index_dtype(index, "index_copy_")
    same_device(input, index, source)
    if source.dtype is not input.dtype:
        raise RuntimeError(f"index_copy_(): self and source expected to have the same dtype, "
                           f"but got (self) {input.dtype.short} and (source) "
                           f"{source.dtype.short}")
    if index.ndim > 1:
        raise IndexError("index_copy_(): Index should have dimension 1 or 0 (got "
                         f"{index.ndim})")
    dim = normalize_dim(dim, input.ndim)
    self_shape, source_shape = tuple(input.shape) or (1,), tuple(source.shape) or (1,)
    count = index.numel()
    if count != source_shape[dim]:
        raise IndexError(f"index_copy_(): Number of indices ({count}) should be equal to "
                         f"source.size(dim) ({source_shape[dim]})")
    idx = index._data.astype(np.int64, copy=False).reshape(-1)
    size = self_shape[dim]
    bad = (idx < -size) | (idx >= size)
    if idx.size and bool(bad.any()):
        raise IndexError(f"index_copy_(): index {int(idx[bad][0])} is out of bounds for "
                         f"dimension {dim} with size {size}")
    out = input._data.reshape(self_shape).copy()
    key = (slice(None),) * dim + (idx,)
    out[key] = source._data.reshape(source_shape)
    shape = tuple(input.shape)

    def backward(g, saved_index):
        cleared = index_copy(g, dim, saved_index, _zeros_of(source, g))
        picked = g.reshape(*self_shape).index_select(dim, saved_index).reshape(*source.shape)
        return (cleared, None, picked)
    return record(Tensor._make(out.reshape(shape), input.dtype), "IndexCopyBackward0",
                  (input, index, source), backward, saved=(index,))


# ------------------------------------------------------------ masked_scatter
@op("masked_scatter", summary="A copy of input with source's elements, in order, written "
    "where mask is True.", example="zeros(2, 3).masked_scatter(tensor([[False, True, True], "
    "[True, False, False]]), arange(6.).reshape(2, 3))", inplace="masked_scatter_")
def masked_scatter(input, mask, source):
    if not isinstance(mask, Tensor) or mask.dtype is not dtypes.bool_:
        got = mask.dtype.short if isinstance(mask, Tensor) else type(mask).__name__
        raise RuntimeError(f"masked_scatter_ only supports boolean masks, but got mask with "
                           f"dtype {got}")
    same_device(input, mask, source)
    if source.dtype is not input.dtype:
        raise RuntimeError(f"masked_scatter_: expected self and source to have same dtypes but "
                           f"got {input.dtype.short} and {source.dtype.short}")
    xp = input._xp
    shape = np.broadcast_shapes(tuple(input.shape), tuple(mask.shape))
    flags = xp.broadcast_to(mask._data, shape)
    count = int(flags.sum())
    if count > source.numel():
        raise RuntimeError("Number of elements of source < number of ones in mask")
    out = xp.broadcast_to(input._data, shape).copy()
    out[flags] = source._data.reshape(-1)[:count]
    source_shape, numel = tuple(source.shape), source.numel()

    def backward(g, saved_mask):
        picked = g.masked_select(saved_mask)
        if count < numel:
            picked = embed(picked, (numel,), (slice(0, count),))
        return (g.masked_fill(saved_mask, 0), None, picked.reshape(*source_shape))
    return record(Tensor._make(out, input.dtype), "MaskedScatterBackward0",
                  (input, mask, source), backward, saved=(mask,))


# ------------------------------------------------------------ scatter_reduce
_IDENTITY = {"sum": 0, "mean": 0, "prod": 1}
_REDUCES = ("sum", "prod", "mean", "amax", "amin")


def _reduce_identity(reduce: str, dtype):
    if reduce in _IDENTITY:
        return _IDENTITY[reduce]
    if dtype.kind == "f":
        return -np.inf if reduce == "amax" else np.inf
    info = np.iinfo(dtype) if dtype.kind in "iu" else None
    if info is None:
        return reduce == "amin"
    return info.min if reduce == "amax" else info.max


@op("scatter_reduce", summary="A copy of input with src reduced (sum, prod, mean, amax, amin) "
    "into it at index along dim.", example="tensor([1., 2., 3., 4.]).scatter_reduce(0, "
    "tensor([0, 1, 0, 1]), tensor([5., 6., 7., 8.]), reduce='sum')", inplace="scatter_reduce_")
def scatter_reduce(input, dim, index, src, reduce, *, include_self=True):
    if reduce not in _REDUCES:
        raise RuntimeError(f"reduce argument must be either sum, prod, mean, amax or amin, got "
                           f"{reduce}")
    dim, idx = _scatter_checks(input, dim, index, src, "scatter")
    xp = input._xp
    shape = tuple(input.shape)
    out = input._data.reshape(shape or (1,)).copy()
    key = _grid(idx.shape, dim, idx, xp)
    values = _src_part(src, idx.shape)
    if not include_self:
        out[key] = _reduce_identity(reduce, out.dtype)
    if reduce in ("sum", "mean"):
        _add_at(xp, out, key, values)
    elif reduce == "prod":
        np.multiply.at(out, key, values)
    else:
        (np.maximum if reduce == "amax" else np.minimum).at(out, key, values)
    if reduce == "mean":
        counts = xp.full(out.shape, 1 if include_self else 0, dtype=np.int64)
        if not include_self:
            counts[key] = 0
        _add_at(xp, counts, key, xp.ones(idx.shape, dtype=np.int64))
        counts = xp.maximum(counts, 1)
        out = out / counts if out.dtype.kind in "fc" else xp.floor_divide(out, counts)
    result = Tensor._make(out.astype(input._data.dtype, copy=False).reshape(shape), input.dtype)
    if not (input.dtype.is_floating_point or input.dtype.is_complex):
        return result
    src_shape = tuple(src.shape)

    def backward(g, self_value, saved_index, src_value, out_value):
        return _scatter_reduce_grads(g, dim, saved_index, self_value, src_value, out_value,
                                     reduce, include_self, src_shape)
    return record(result, "ScatterReduceBackward0", (input, index, src), backward,
                  saved=(input, index, src, result))


def _scatter_reduce_grads(g, dim, index, self_value, src_value, result, reduce, include_self,
                          src_shape):
    from .elementwise_math import where  # noqa: PLC0415

    shape = tuple(self_value.shape) or (1,)
    g, self_value, result = (t.reshape(*shape) for t in (g, self_value, result))
    index = index.reshape(*(tuple(index.shape) or (1,)))
    src_part = getitem(src_value.reshape(*(src_shape or (1,))),
                       tuple(slice(0, n) for n in index.shape))
    scattered = Tensor._make(_scattered_mask(self_value, dim, index), dtypes.bool_)
    ones = src_part * 0 + 1
    if reduce == "sum":
        grad_self, grad_src = g, g.gather(dim, index)
    elif reduce == "mean":
        counts = (self_value * 0 + (1 if include_self else 0)).masked_fill(
            scattered, 1 if include_self else 0).scatter_add(dim, index, ones)
        counts = counts.clamp_min(1)
        grad_self, grad_src = g / counts, (g / counts).gather(dim, index)
    elif reduce == "prod":
        zero_self = self_value == 0
        zero_count = (self_value * 0).scatter_add(dim, index, (src_part == 0).to(g.dtype))
        if include_self:
            zero_count = zero_count + zero_self.to(g.dtype)
        filled = self_value.masked_fill(zero_self, 1) if include_self else \
            (self_value * 0 + 1)
        product_without_zeros = _prod_without_zeros(filled, src_part, dim, index)
        grad_self = where(zero_self, where(zero_count == 1, g * product_without_zeros, 0),
                          g * result / self_value.masked_fill(zero_self, 1))
        gathered_count = zero_count.gather(dim, index)
        src_zero = src_part == 0
        grad_src = where(src_zero, where(gathered_count == 1, (g * product_without_zeros)
                                         .gather(dim, index), 0),
                         (g * result).gather(dim, index) / src_part.masked_fill(src_zero, 1))
    else:
        self_is_result = (self_value == result).to(g.dtype)
        src_is_result = (src_part == result.gather(dim, index)).to(g.dtype)
        # ATen counts a self equal to the result even when include_self=False
        counts = self_is_result.scatter_add(dim, index, src_is_result)
        grad_self = g * self_is_result / counts.clamp_min(1)
        grad_src = (g / counts.clamp_min(1)).gather(dim, index) * src_is_result
    if not include_self:
        grad_self = grad_self.masked_fill(scattered, 0)
    if tuple(grad_src.shape) != (src_shape or (1,)):
        grad_src = embed(grad_src, src_shape or (1,), tuple(slice(0, n) for n in index.shape))
    return (grad_self.reshape(*self_value.shape), None, grad_src.reshape(*src_shape))


def _scattered_mask(self_value: Tensor, dim: int, index: Tensor):
    xp = self_value._xp
    mask = xp.zeros(self_value._data.shape, dtype=bool)
    mask[_grid(index._data.shape, dim, index._data, xp)] = True
    return mask


def _prod_without_zeros(filled, src_part, dim, index):
    """Per target, the product of the non-zero contributions."""
    nonzero_src = src_part.masked_fill(src_part == 0, 1)
    return filled.scatter_reduce(dim, index, nonzero_src, "prod", include_self=True)


# ------------------------------------------------------------ fill_diagonal_
@op("fill_diagonal_", summary="Fill the main diagonal in place (wrap=True restarts it every "
    "N+1 rows of a tall matrix).", example="zeros(3, 3).fill_diagonal_(5)", function=False)
def fill_diagonal_(input, fill_value, wrap=False):
    from .inplace import graph_alias, write_result  # noqa: PLC0415

    if input.ndim < 2:
        raise RuntimeError("dimensions must larger than 1")
    shape = tuple(input.shape)
    if input.ndim > 2 and len(set(shape)) != 1:
        raise RuntimeError("all dimensions of input must be of equal length")
    xp = input._xp
    mask = xp.zeros(shape, dtype=bool)
    if input.ndim == 2:
        rows, cols = shape
        length = rows if wrap and rows > cols + 1 else min(rows, cols)
        flat = xp.arange(0, length * cols, cols + 1)
        flat = flat[flat < rows * cols]
        mask.reshape(-1)[flat] = True
    else:
        diagonal = xp.arange(shape[0])
        mask[(diagonal,) * input.ndim] = True
    if input.requires_grad and input.grad_fn is None and autograd.is_grad_enabled():
        raise RuntimeError("a view of a leaf Variable that requires grad is being used in an "
                           "in-place operation.")
    input._check_inplace(False)
    recording = autograd.is_grad_enabled() and input._requires_grad
    source = graph_alias(input, input._data.copy()) if recording else input
    data = source._data.copy()
    data[mask] = fill_value
    keep = Tensor._make(mask, dtypes.bool_)
    result = record(Tensor._make(data, input.dtype), "CopySlices", (source,),
                    lambda g: (g.masked_fill(keep, 0),))
    return write_result(input, result)


# -------------------------------------------------------- unique_consecutive
@op("unique_consecutive", summary="The elements (or slices along dim) with runs of equal "
    "neighbours collapsed to one, with inverse indices and counts on request.",
    example="unique_consecutive(tensor([1, 1, 2, 2, 3, 1, 1, 2]))", differentiable=False)
def unique_consecutive(input, return_inverse=False, return_counts=False, dim=None):
    xp = input._xp
    data = input._data
    if dim is None:
        rows = data.reshape(-1, 1)
    else:
        dim = normalize_dim(dim, input.ndim)
        rows = xp.moveaxis(data, dim, 0).reshape(data.shape[dim], -1)
    count = rows.shape[0]
    starts = xp.ones(count, dtype=bool)
    if count > 1:
        starts[1:] = (rows[1:] != rows[:-1]).any(axis=1) if rows.shape[1] else False
    first = xp.nonzero(starts)[0]
    inverse = xp.cumsum(starts) - 1
    counts = xp.diff(xp.concatenate([first, xp.asarray([count])])) if count else first
    if dim is None:
        values = data.reshape(-1)[first]
        inverse = inverse.reshape(data.shape)
    else:
        values = xp.ascontiguousarray(xp.take(data, first, axis=dim))
    out = record(Tensor._make(values, input.dtype), "UniqueConsecutiveBackward0", (input,),
                 _no_derivative("the derivative for 'unique_consecutive' is not implemented."))
    extras = []
    if return_inverse:
        extras.append(Tensor._make(inverse.astype(np.int64), dtypes.int64))
    if return_counts:
        extras.append(Tensor._make(counts.astype(np.int64), dtypes.int64))
    return (out, *extras) if extras else out


__all__ = ["diagonal_scatter", "fill_diagonal_", "index_copy", "masked_scatter",
           "scatter_reduce", "select_scatter", "slice_scatter", "unique_consecutive"]
