"""More math: dist, cross, nan_to_num, kron, logcumsumexp, diff, and the
counting functions histc, bincount, bucketize, searchsorted.

dist, cross, nan_to_num and logcumsumexp have their own nodes, with
backward rules in Tensor ops (second order for free); kron and diff are
compositions, as in PyTorch (``UnsafeViewBackward0``, ``SubBackward0``).
The counting functions return integers or counts and record nothing.
"""
from __future__ import annotations

import numpy as np

from .. import dtypes
from ..autograd import no_grad, record
from ..registry import op
from ..warn_once import warn_once
from ..tensor import Tensor
from .common import as_result, broadcast_shapes, is_scalar, normalize_dim, same_device
from .join import cat
from .. import limits
from .common import CHECK_SIZE_ABOVE


def _not_implemented(kernel: str, dtype) -> NotImplementedError:
    return NotImplementedError(f'"{kernel}" not implemented for \'{dtype.short}\'')


# ------------------------------------------------------------------- dist
def _dist_grad(g, difference, result, p):
    if p == 0:
        return difference * 0
    if p == 1:
        return g * difference.sign()
    zero = Tensor._make(result._data == 0, dtypes.bool_)
    if p in (float("inf"), float("-inf")):
        hits = (difference.abs() == result).to(difference.dtype)
        return g * difference.sign() * hits / hits.sum()
    safe = result.masked_fill(zero, float("inf"))  # a zero distance has zero gradient
    # PyTorch's norm_backward: the scaled input last (a MulBackward0 on top).
    if p == 2:
        return difference * (g / safe)
    if p < 2:
        return difference.sign() * difference.abs() ** (p - 1) * (g / safe ** (p - 1))
    return difference * difference.abs() ** (p - 2) * (g / safe ** (p - 1))


@op("dist", summary="The p-norm of input - other (broadcast).",
    example="dist(tensor([1., 2.]), tensor([4., 6.]))")
def dist(input, other, p=2):
    same_device(input, other)
    dtype = dtypes.result_type(input, other)
    if not (dtype.is_floating_point or dtype.is_complex):
        raise RuntimeError("norm(): input dtype should be either floating point or complex. Got "
                           f"{dtype.short} instead.")
    p = float(p)
    with no_grad():
        difference = input.to(dtype) - other.to(dtype)
        out = difference.norm(p)
    out = Tensor._make(out._data, dtypes.to_real(dtype))  # complex inputs: a real distance

    def backward(g, a, b, result):
        grad = _dist_grad(g, a.to(dtype) - b.to(dtype), result, p)
        return (grad, -grad)

    return record(out, "DistBackward0", (input, other), backward, saved=(input, other, out))


# ------------------------------------------------------------------ cross
CROSS_WARNING = (
    "Using torch.cross without specifying the dim arg is deprecated.\nPlease either pass the dim "
    "explicitly or simply use torch.linalg.cross.\nThe default value of dim will change to agree "
    "with that of linalg.cross in a future release. (Triggered internally at "
    "/__w/pytorch/pytorch/aten/src/ATen/native/Cross.cpp:63.)")


def _cross(a, b, dim):
    xp = a._xp
    shape = broadcast_shapes(tuple(a.shape), tuple(b.shape))
    array = xp.cross(xp.broadcast_to(a._data, shape), xp.broadcast_to(b._data, shape), axis=dim)
    out = Tensor._make(xp.ascontiguousarray(array), a.dtype)
    return record(out, "LinalgCrossBackward0", (a, b),
                  lambda g, x, y: (_cross(y, g, dim), _cross(g, x, dim)), saved=(a, b))


@op("cross", summary="The cross product of 3-vectors along dim.",
    example="cross(tensor([1., 0., 0.]), tensor([0., 1., 0.]), dim=0)")
def cross(input, other, dim=None):
    same_device(input, other)
    if input.dtype is not other.dtype:
        raise RuntimeError(f"expected scalar type {input.dtype.short} but found "
                           f"{other.dtype.short}")
    if input.ndim != other.ndim:
        raise RuntimeError(f"linalg.cross: inputs must have the same number of dimensions. Got "
                           f"{input.ndim} and {other.ndim}")
    if dim is None:
        warn_once(CROSS_WARNING)
        dim = next((d for d, n in enumerate(input.shape) if n == 3), None)
        if dim is None:
            raise RuntimeError("no dimension of size 3 in input")
    dim = normalize_dim(dim, input.ndim)
    if input.shape[dim] != 3 or other.shape[dim] != 3:
        raise RuntimeError(f"linalg.cross: inputs dimension {dim} must have length 3. Got "
                           f"{input.shape[dim]} and {other.shape[dim]}")
    return _cross(input, other, dim)


# -------------------------------------------------------------- nan_to_num
@op("nan_to_num", summary="NaN, +inf and -inf replaced by nan, posinf, neginf (defaults: 0, "
    "the dtype's largest and lowest).", example="nan_to_num(tensor([float('nan'), 1.]))",
    inplace="nan_to_num_")
def nan_to_num(input, nan=0.0, posinf=None, neginf=None):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    xp = input._xp
    if not input.dtype.is_floating_point:
        return record(Tensor._make(input._data.copy(), input.dtype), "NanToNumBackward0",
                      (input,), lambda g: (g,))
    info = np.finfo(input.dtype.np)
    data = input._data
    big = info.max if posinf is None else posinf
    small = info.min if neginf is None else neginf
    array = xp.where(xp.isnan(data), xp.asarray(nan, dtype=data.dtype), data)
    array = xp.where(xp.isposinf(data), xp.asarray(big).astype(data.dtype), array)
    array = xp.where(xp.isneginf(data), xp.asarray(small).astype(data.dtype), array)
    finite = Tensor._make(~xp.isfinite(data), dtypes.bool_)
    return record(as_result(array, input.dtype, xp), "NanToNumBackward0", (input,),
                  lambda g, mask: (g.masked_fill(mask, 0),), saved=(finite,))


# ------------------------------------------------------------------- kron
@op("kron", summary="The Kronecker product.",
    example="kron(tensor([[1., 2.], [3., 4.]]), ones(2, 2))")
def kron(input, other):
    ndim = max(input.ndim, other.ndim)
    a_shape = (1,) * (ndim - input.ndim) + tuple(input.shape)
    b_shape = (1,) * (ndim - other.ndim) + tuple(other.shape)
    a_view = input.reshape(*(n for size in a_shape for n in (size, 1)))
    b_view = other.reshape(*(n for size in b_shape for n in (1, size)))
    product = a_view * b_view
    final = tuple(x * y for x, y in zip(a_shape, b_shape))
    shape = tuple(product.shape)
    # PyTorch ends with _unsafe_view, whatever the layout.
    out = Tensor._make(product._data.reshape(final), product.dtype)
    return record(out, "UnsafeViewBackward0", (product,), lambda g: (g.reshape(shape),))


# ------------------------------------------------------------ logcumsumexp
def _logcumsumexp_array(data, axis, xp):
    if xp is np:
        return np.logaddexp.accumulate(data, axis=axis)
    # A scan in log space (Hillis-Steele: log2(n) logaddexp steps), stable for
    # any range of values; shifting by the whole axis's max instead would give
    # -inf wherever a prefix is far below it ([-1000, 0] -> [-inf, 0]).
    out = xp.moveaxis(data, axis, -1).copy()
    shift = 1
    while shift < out.shape[-1]:
        out[..., shift:] = xp.logaddexp(out[..., shift:], out[..., :-shift])
        shift *= 2
    return xp.moveaxis(out, -1, axis)


def _reverse_logcumsumexp(t: Tensor, dim: int) -> Tensor:
    return logcumsumexp(t.flip(dim), dim).flip(dim)


@op("logcumsumexp", summary="log(cumsum(exp(input))) along dim, computed stably.",
    example="tensor([0., 0., 0.]).logcumsumexp(0)")
def logcumsumexp(input, dim):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    if not input.dtype.is_floating_point:
        raise _not_implemented("logcumsumexp_out_cpu", input.dtype)
    axis = normalize_dim(dim, input.ndim)
    xp = input._xp
    array = _logcumsumexp_array(input._data, axis, xp) if input.ndim else input._data.copy()
    out = as_result(array, input.dtype, xp)
    if input.ndim == 0:
        return record(out, "LogcumsumexpBackward0", (input,), lambda g: (g,))

    def backward(g, x, result):
        # PyTorch's rule: the positive and negative parts of g, each summed
        # in log space, so that no exp overflows; the dtype's lowest value
        # (not -inf) stands for log(0), so that no inf - inf makes a NaN.
        lowest = float(np.finfo(g.dtype.np).min)
        log_abs = g.abs().log()
        positive = log_abs.masked_fill(g <= 0, lowest)
        negative = log_abs.masked_fill(g >= 0, lowest)
        up = (_reverse_logcumsumexp(positive - result, axis) + x).exp()
        down = (_reverse_logcumsumexp(negative - result, axis) + x).exp()
        return (up - down,)

    return record(out, "LogcumsumexpBackward0", (input,), backward, saved=(input, out))


# ------------------------------------------------------------------- diff
@op("diff", summary="The n-th forward difference along dim (with optional prepend/append).",
    example="tensor([1., 3., 2.]).diff()")
def diff(input, n=1, dim=-1, prepend=None, append=None):
    if input.ndim == 0:
        raise RuntimeError("diff expects input to be at least one-dimensional")
    if n < 0:
        raise RuntimeError(f"order must be non-negative but got {n}")
    dim = normalize_dim(dim, input.ndim)
    parts = []
    for extra in (prepend, append):
        if extra is not None and (not isinstance(extra, Tensor) or extra.ndim != input.ndim):
            raise RuntimeError("diff expects prepend or append to be the same dimension as input")
    if prepend is not None or append is not None:
        parts = [t for t in (prepend, input, append) if t is not None]
        input = cat(parts, dim)
    if n == 0:
        return record(Tensor._make(input._data.copy(), input.dtype), "CopyBackwards", (input,),
                      lambda g: (g,))
    result = input
    for _ in range(min(n, input.shape[dim]) or 1):
        length = max(result.shape[dim] - 1, 0)
        after = result.narrow(dim, 1 if length else 0, length)
        before = result.narrow(dim, 0, length)
        if result.dtype is dtypes.bool_:
            result = after.logical_xor(before)
        else:
            result = after - before
    return result


# ---------------------------------------------------------- counting (no grad)
def _edge_text(value: float) -> str:
    return "nan" if value != value else f"{value:g}"


@op("histc", summary="A histogram of bins equal bins between min and max (default: the data's).",
    example="histc(tensor([1., 2., 1.]), bins=4, min=0, max=3)", differentiable=False)
def histc(input, bins=100, min=0, max=0):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    if not input.dtype.is_floating_point:
        raise _not_implemented("histogram_cpu", input.dtype)
    if bins <= 0:
        raise RuntimeError(f"torch.histogram(): bins must be > 0, but got {bins} for dimension 0")
    xp = input._xp
    data = input._data.reshape(-1)
    low, high = float(min), float(max)
    if low == high and data.size:
        low, high = float(data.min()), float(data.max())
    if low == high:
        low, high = low - 1, high + 1
    if not (np.isfinite(low) and np.isfinite(high)):
        raise RuntimeError(f"torch.histc: range of [{_edge_text(low)}, {_edge_text(high)}] is "
                           "not finite")
    if low > high:
        raise RuntimeError("torch.histc: max must be larger than min")
    kind = data.dtype.type
    inside = data[(data >= kind(low)) & (data <= kind(high))]
    # ATen's linear bin search, in the input's precision.
    position = ((inside - kind(low)) * kind(bins) / (kind(high) - kind(low))).astype(np.int64)
    position = xp.minimum(position, bins - 1)
    counts = xp.bincount(position, minlength=bins)[:bins]
    return Tensor._make(counts.astype(input.dtype.np), input.dtype)


@op("bincount", summary="How often each non-negative integer occurs (optionally weighted).",
    example="bincount(tensor([1, 1, 3]))", differentiable=False)
def bincount(input, weights=None, minlength=0):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    if input.dtype.category != dtypes.INTEGER:
        raise _not_implemented("bincount_cpu", input.dtype)
    if minlength < 0:
        raise RuntimeError("minlength should be >= 0")
    data = input._data
    if input.ndim != 1 or (data.size and bool((data < 0).any())):
        raise RuntimeError("bincount only supports 1-d non-negative integral inputs.")
    xp = input._xp
    if weights is None:
        counts = xp.bincount(data.astype(np.int64), minlength=minlength)
        return Tensor._make(counts.astype(np.int64), dtypes.int64)
    same_device(input, weights)
    if weights.ndim != 1 or weights.shape[0] != data.shape[0]:
        raise RuntimeError("weights should be 1-d and have the same length as input")
    dtype = weights.dtype if weights.dtype in (dtypes.float32, dtypes.float16) \
        else dtypes.float64
    counts = xp.bincount(data.astype(np.int64), weights=weights._data.astype(np.float64),
                         minlength=minlength)
    out = Tensor._make(counts.astype(dtype.np), dtype)
    return record(out, "NotImplemented", (weights,), _bincount_backward)


def _bincount_backward(g):
    raise RuntimeError("derivative for aten::bincount is not implemented")


def _sorted_search(boundaries, values, right, out_int32, sorter=None):
    xp = boundaries._xp
    side = "right" if right else "left"
    dtype = dtypes.int32 if out_int32 else dtypes.int64
    scalar = not isinstance(values, Tensor)
    data = xp.asarray(values) if scalar else values._data
    edges = boundaries._data
    if sorter is not None:
        edges = xp.take_along_axis(edges, sorter._data.astype(np.int64), axis=-1)
    if edges.ndim == 1:
        result = xp.searchsorted(edges, data.reshape(-1), side=side).reshape(data.shape)
    else:
        rows = edges.reshape(-1, edges.shape[-1])
        wanted = data.reshape(rows.shape[0], -1)
        result = xp.stack([xp.searchsorted(row, value, side=side)
                           for row, value in zip(rows, wanted)]).reshape(data.shape)
    return Tensor._make(xp.asarray(result).astype(dtype.np), dtype)


@op("bucketize", summary="The index of the bucket of each value among 1-D sorted boundaries.",
    example="bucketize(tensor([3, 6, 9]), tensor([1, 3, 5, 7, 9]))", differentiable=False,
    method=False)
def bucketize(input, boundaries, *, out_int32=False, right=False):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    if boundaries.ndim != 1:
        raise RuntimeError(f"boundaries tensor must be 1 dimension, but got dim({boundaries.ndim})")
    return _sorted_search(boundaries, input, right, out_int32)


@op("searchsorted", summary="Where each value would go in the sorted innermost dim to keep it "
    "sorted.", example="searchsorted(tensor([1, 3, 5, 7, 9]), tensor([3, 6, 9]))",
    differentiable=False, method=False)
def searchsorted(sorted_sequence, input, *, out_int32=False, right=False, side=None,
                 sorter=None):
    if side is not None:
        if side not in ("left", "right"):
            raise RuntimeError("torch.searchsorted(): side can only be 'left' or 'right' but got "
                               f"{side}")
        if right and side == "left":
            raise RuntimeError("torch.searchsorted(): side and right can't be set to opposites, "
                               "got side of left while right was True")
        right = side == "right"
    if sorted_sequence.ndim == 0:
        raise RuntimeError("torch.searchsorted(): boundaries tensor should have positive "
                           "dimension, but got 0 dimension")
    if isinstance(input, Tensor) and sorted_sequence.ndim > 1 and (
            input.ndim != sorted_sequence.ndim
            or tuple(input.shape[:-1]) != tuple(sorted_sequence.shape[:-1])):
        def text(shape):
            return "[" + ", ".join(str(n) for n in shape) + "]"
        raise RuntimeError(
            "torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 "
            "dimensions of boundaries tensor and input value tensor must match, but we got "
            f"boundaries tensor {text(sorted_sequence.shape)} and input value tensor "
            f"{text(input.shape)}")
    if not isinstance(input, Tensor) and not is_scalar(input):
        raise TypeError("searchsorted(): argument 'input' must be Tensor or Number")
    return _sorted_search(sorted_sequence, input, right, out_int32, sorter)


__all__ = ["bincount", "bucketize", "cross", "diff", "dist", "histc", "kron", "logcumsumexp",
           "nan_to_num", "searchsorted"]
