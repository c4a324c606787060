"""torch.segment_reduce: sum, mean, max, min or prod over consecutive segments of an axis.

The segments come as ``lengths`` or ``offsets`` whose last dimension runs along
``axis`` (ATen's SegmentReduce.cpp). The CPU kernel folds each segment from
``initial`` (or the reduction's identity) one element after the other; gradsh
folds all segments at once, one element position per step, in the same order,
so sums and products round as PyTorch's do. The backward is ATen's
``_segment_reduce_backward`` (its quirks too: tied extremes share a positive
gradient but keep a negative one whole); PyTorch has no derivative for it, so
a gradient taken with create_graph=True raises PyTorch's error when
differentiated again.
"""
from __future__ import annotations

import numpy as np

from .. import dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .common import normalize_dim

_REDUCTIONS = {"sum": "sum", "mean": "mean", "max": "max", "amax": "max", "min": "min",
               "amin": "min", "prod": "prod"}
_IDENTITY = {"sum": 0.0, "mean": 0.0, "max": -np.inf, "min": np.inf, "prod": 1.0}


def not_implemented(result: Tensor, name: str, inputs: tuple) -> Tensor:
    """A gradient PyTorch computes without a derivative of its own: differentiating it
    again raises PyTorch's error (its grad_fn is ``NotImplemented``)."""
    def backward(*_):
        raise RuntimeError(f"derivative for aten::{name} is not implemented")

    return record(result, "NotImplemented", inputs, backward)


def _offsets(data: Tensor, lengths, offsets, axis: int, unsafe: bool):
    """(outer, segments + 1) offsets along axis, after ATen's checks."""
    given, word = (offsets, "offsets") if offsets is not None else (lengths, "lengths")
    if data.ndim < given.ndim:
        raise RuntimeError(f"Expected data.dim() >= {word}_value.dim() to be true, but got "
                           "false.  (Could this error message be improved?  If so, please "
                           "report an enhancement request to PyTorch.)")
    if axis != given.ndim - 1:
        raise RuntimeError(f"segment_reduce(): Expected axis to be the last dimension of {word} "
                           f"but got {axis}.")
    if given.dtype not in (dtypes.int32, dtypes.int64):
        raise NotImplementedError(f"\"_segment_reduce_{word}_cpu_kernel1\" not implemented for "
                                  f"'{given.dtype.short}'")
    values = np.asarray(given._data.get() if hasattr(given._data, "get") else given._data,
                        np.int64)
    outer = int(np.prod(data.shape[:axis], dtype=np.int64))
    if tuple(given.shape[:-1]) != tuple(data.shape[:axis]):  # PyTorch reads out of bounds
        raise RuntimeError(f"segment_reduce(): Expected {word} to have the sizes of data before "
                           f"axis, [{', '.join(map(str, data.shape[:axis]))}], but got "
                           f"[{', '.join(map(str, given.shape[:-1]))}]")
    values = values.reshape(outer, int(given.shape[-1]) if given.ndim else 1)
    if offsets is not None:
        return values
    if not unsafe:
        if values.size and values.min() < 0:
            raise RuntimeError("lengths contains negative value!")
        if not (values.sum(-1) == data.shape[axis]).all():
            raise RuntimeError("segment_reduce(): Expected all rows of lengths along axis to sum "
                               "to data.size(lengths.dim()-1) when !unsafe.")
    return np.concatenate([np.zeros((outer, 1), np.int64), np.cumsum(values, -1)], -1)


def _fold(values, starts, counts, reduction: str, initial, kind):
    """Each segment folded from ``initial`` in order: values (outer, A, inner) ->
    (outer, segments, inner)."""
    outer, _, inner = values.shape
    segments = starts.shape[1]
    start = _IDENTITY[reduction] if initial is None else initial
    result = np.full((outer, segments, inner), start, dtype=kind)
    for step in range(int(counts.max()) if counts.size else 0):
        # with unsafe=True a segment may run past the axis: PyTorch stops at its end
        valid = ((counts > step) & (starts + step < values.shape[1]))[..., None]
        index = np.clip(starts + step, 0, max(values.shape[1] - 1, 0))[..., None]
        value = np.take_along_axis(values, index, axis=1)
        if reduction in ("sum", "mean"):
            folded = (result + value).astype(kind)
        elif reduction == "prod":
            folded = (result * value).astype(kind)
        elif reduction == "max":  # std::max keeps a NaN result; a NaN value replaces it
            folded = np.where(np.isnan(value) | (result < value), value, result)
        else:
            folded = np.where(np.isnan(value) | (value < result), value, result)
        result = np.where(valid, folded, result)
    if reduction == "mean":
        counts3 = counts[..., None]
        divided = (result / counts3.astype(kind)).astype(kind)
        result = np.where((counts3 > 0) & ~np.isnan(result), divided, result)
        if initial is None:
            result = np.where(counts3 == 0, np.array(np.nan, kind), result)
    return result


def _backward(grad, output, values, starts, counts, reduction: str, initial, kind):
    """ATen's _segment_reduce_backward kernel on (outer, A, inner) arrays."""
    outer, size, inner = values.shape
    result = np.zeros(values.shape, kind)
    rows = np.arange(outer)[:, None]
    for segment in range(starts.shape[1]):
        for row in range(outer):
            start, count = int(starts[row, segment]), int(counts[row, segment])
            if count == 0:
                continue
            part = values[row, start:start + count]  # (count, inner)
            g, out = grad[row, segment], output[row, segment]
            if reduction in ("max", "min"):
                hit = np.isnan(part) | (part == out)
                taken = np.where(hit, g, np.zeros((), kind)).astype(kind)
                ties = hit.sum(0)
                share = (ties >= 2) & (taken > 0)
                taken = np.where(share, (taken / np.maximum(ties, 1).astype(kind)).astype(kind),
                                 taken)
            elif reduction == "mean":
                taken = np.broadcast_to((g / kind(count)).astype(kind), part.shape)
            elif reduction == "sum":
                taken = np.broadcast_to(g, part.shape)
            else:
                scaled = (g * out).astype(kind)
                taken = (scaled / part).astype(kind)
                special = np.isnan(part) | (part == 0)
                for j in np.argwhere(special.any(1)).ravel():
                    exclusive = np.full(inner, 1.0 if initial is None else initial, kind)
                    for k in range(count):
                        if k != j:
                            exclusive = (exclusive * part[k]).astype(kind)
                    taken[j] = np.where(special[j], (g * exclusive).astype(kind), taken[j])
            result[row, start:start + count] = taken
    del rows
    return result


@op("segment_reduce", summary="Reduce (sum, mean, max, min, prod) consecutive segments of "
    "an axis, given their lengths or offsets.", method=False,
    example="segment_reduce(tensor([1., 2., 3., 4.]), 'sum', lengths=tensor([1, 3]))")
def segment_reduce(data, reduce, *, lengths=None, indices=None, offsets=None, axis=0,
                   unsafe=False, initial=None):
    axis = normalize_dim(axis, data.ndim)
    if indices is not None:
        raise RuntimeError("segment_reduce(): indices based reduction is not supported yet.")
    if lengths is None and offsets is None:
        raise RuntimeError("segment_reduce(): Either lengths or offsets must be defined.")
    if reduce not in _REDUCTIONS:
        raise RuntimeError("reduce argument must be either sum, prod, mean, amax or amin, got "
                           f"{reduce}")
    reduction = _REDUCTIONS[reduce]
    bounds = _offsets(data, lengths, offsets, axis, unsafe)
    if not data.dtype.is_floating_point or data.dtype.is_complex:
        raise NotImplementedError(f"\"_segment_reduce_cpu\" not implemented for "
                                  f"'{data.dtype.short}'")
    kind = np.dtype(data.dtype.np).type
    host = data._data.get() if hasattr(data._data, "get") else np.asarray(data._data)
    outer = bounds.shape[0]
    inner = int(np.prod(data.shape[axis + 1:], dtype=np.int64))
    values = host.reshape(outer, data.shape[axis], inner)
    starts, counts = bounds[:, :-1], np.diff(bounds, axis=-1)
    start_value = None if initial is None else kind(initial)
    folded = _fold(values, starts, counts, reduction, start_value, kind)
    shape = tuple(data.shape[:axis]) + (starts.shape[1],) + tuple(data.shape[axis + 1:])
    xp = data._xp
    result = Tensor._make(xp.asarray(folded.reshape(shape)), data.dtype)

    def backward(g):
        g_host = g._data.get() if hasattr(g._data, "get") else np.asarray(g._data)
        grad = _backward(g_host.reshape(folded.shape).astype(kind), folded, values, starts,
                         counts, reduction, start_value, kind)
        gradient = Tensor._make(xp.asarray(grad.reshape(tuple(data.shape))), data.dtype)
        return (not_implemented(gradient, "_segment_reduce_backward", (g, data)),)

    return record(result, "SegmentReduceBackward0", (data,), backward)
