"""Order statistics: kthvalue, msort, nanmedian, quantile, nanquantile.

kthvalue picks with ATen's quick select and nanmedian with its
nth_element, so equal values give PyTorch's indices (cpu_order.py).
quantile and nanquantile are composed as ATen's ``quantile_compute``:
sort, ranks ``q * (n - 1)`` in the input's dtype (NaN rows get the last
rank, for nanquantile the non-NaN count), gather below/above, ``lerp`` with
the rank's fraction, and a final squeeze (``SqueezeBackward4``).
"""
from __future__ import annotations

import numpy as np

from .. import dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from . import cpu_order
from .common import as_result, normalize_dim
from .reduce_select import (_check_nonempty, _evenly_distribute, _record_selection,
                            median_along)
from .. import limits
from .common import CHECK_SIZE_ABOVE


@op("kthvalue", summary="The k-th smallest value along dim, with its index.",
    example="kthvalue(tensor([3., 1., 2., 5.]), 2)")
def kthvalue(input, k, dim=-1, keepdim=False):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    axis = normalize_dim(dim, input.ndim)
    size = input.shape[axis] if input.ndim else 1
    if not 1 <= k <= size:
        raise RuntimeError(f"kthvalue(): selected number k out of range for dimension {axis}")
    xp = input._xp
    if input.ndim == 0:
        values, indices = input._data.copy(), xp.zeros((), dtype=np.int64)
    else:
        indices = cpu_order.kth_order(input._data, axis, k)
        values = xp.take_along_axis(input._data, indices, axis)
        if not keepdim:
            values, indices = values.squeeze(axis), indices.squeeze(axis)
    return _record_selection("kthvalue", "KthvalueBackward0", input, values, indices, axis,
                             keepdim)


@op("msort", summary="Sorted along the first dimension (sort(dim=0).values).",
    example="msort(tensor([[3., 1.], [1., 2.]]))")
def msort(input):
    return input.sort(0).values


@op("nanmedian", summary="The lower median ignoring NaN (of all, or along dim with indices).",
    example="nanmedian(tensor([1., float('nan'), 3., 2.]))")
def nanmedian(input, dim=None, keepdim=False):
    xp = input._xp
    if dim is None:
        _check_nonempty(input, "nanmedian")
        flat = input._data.reshape(-1)
        kept = flat[~xp.isnan(flat)] if input.dtype.is_floating_point else flat
        value = (xp.sort(kept)[(kept.size - 1) // 2] if kept.size
                 else xp.asarray(np.nan, dtype=flat.dtype))
        out = as_result(value, input.dtype, xp)
        return record(out, "NanmedianBackward0", (input,),
                      lambda g, x, result: (_evenly_distribute(g, x, result, None, False),),
                      saved=(input, out))
    axis = normalize_dim(dim, input.ndim)
    _check_nonempty(input, "nanmedian", axis)
    values, indices = median_along(input, axis, keepdim, ignore_nan=True)
    return _record_selection("nanmedian", "NanmedianBackward1", input, values, indices, axis,
                             keepdim)


_MODES = ("linear", "lower", "higher", "midpoint", "nearest")


def _quantile(input, q, dim, keepdim, interpolation, ignore_nan, name):
    from .creation import full_like, scalar_tensor  # noqa: PLC0415

    if input.numel() == 0:
        raise RuntimeError(f"{name}() input tensor must be non-empty")
    if not input.dtype.is_floating_point:
        raise RuntimeError(f"{name}() input tensor must be either float or double dtype")
    q_scalar = not isinstance(q, Tensor)
    if q_scalar:
        if not 0 <= q <= 1:
            raise RuntimeError(f"{name}() q must be in the range [0, 1] but got {q}")
        q = scalar_tensor(q, like=input)
    else:
        if q.ndim > 1:
            raise RuntimeError(f"{name}() q must be a scalar or 1D tensor")
        if q.dtype != input.dtype:
            raise RuntimeError(f"{name}() q tensor must be same dtype as the input tensor")
        if q.numel() and not bool(((q._data >= 0) & (q._data <= 1)).all()):
            raise RuntimeError(f"{name}() q values must be in the range [0, 1]")
    if interpolation not in _MODES:
        raise RuntimeError(f"{name}() interpolation must be one of linear, lower, higher, "
                           f"midpoint or nearest, but got {interpolation}")
    if dim is None:
        sorted_ = input.reshape(-1).sort().values
        out_shape = [1] * input.ndim if keepdim else []
    else:
        axis = normalize_dim(dim, input.ndim)
        moved = input.unsqueeze(-1).transpose(axis, -1) if input.ndim else input.reshape(1)
        sorted_ = moved.sort().values
        out_shape = list(input.shape)
        if keepdim:
            out_shape[axis] = 1
        else:
            out_shape.pop(axis)
    q_flat = q.reshape(-1)
    in_shape = out_shape + [sorted_.shape[-1]]
    sorted_ = sorted_.reshape(in_shape)
    last_index = sorted_.shape[-1] - 1
    q_shaped = q_flat.reshape([1] * len(out_shape) + [q_flat.numel()]).detach()
    nan = sorted_.isnan()
    if ignore_nan:
        ranks = q_shaped * (nan.logical_not().sum(-1, keepdim=True) - 1)
        ranks = ranks.masked_fill(ranks < 0, 0)
    else:
        ranks = (q_shaped * last_index).masked_fill(nan.any(-1, keepdim=True), last_index)
    ranks = ranks.expand(out_shape + [q_flat.numel()])
    if interpolation == "lower":
        ranks = ranks.floor()
    elif interpolation == "higher":
        ranks = ranks.ceil()
    elif interpolation == "nearest":
        ranks = ranks.round()
    below = ranks.to(dtypes.int64)
    values = sorted_.gather(-1, below)
    if interpolation in ("linear", "midpoint"):
        weights = full_like(ranks, 0.5) if interpolation == "midpoint" else ranks - below
        above = sorted_.gather(-1, ranks.ceil().to(dtypes.int64))
        values = values.lerp(above, weights)
    if q_scalar or q.ndim == 0:
        result = values.squeeze(-1)
    else:
        result = values.unsqueeze(0).transpose(0, -1).squeeze(-1)
    out = Tensor._make(result._data, result.dtype)
    return record(out, "SqueezeBackward4", (result,), lambda g: (g.reshape(result.shape),))


@op("quantile", summary="The q-th quantiles (over all, or along dim), interpolated.",
    example="quantile(tensor([0., 1., 2., 3.]), 0.5)")
def quantile(input, q, dim=None, keepdim=False, *, interpolation="linear"):
    return _quantile(input, q, dim, keepdim, interpolation, False, "quantile")


@op("nanquantile", summary="quantile ignoring NaN values.",
    example="nanquantile(tensor([float('nan'), 1., 2.]), 0.5)")
def nanquantile(input, q, dim=None, keepdim=False, *, interpolation="linear"):
    return _quantile(input, q, dim, keepdim, interpolation, True, "nanquantile")
