"""Statistics and integration: std_mean, var_mean, cov, corrcoef, trapezoid
(trapz), cumulative_trapezoid.

std_mean/var_mean give one node for both results (StdMeanBackward0,
VarMeanBackward0) whose gradient is the sum of std's (var's) and mean's.
cov, corrcoef and the trapezoid rules are composed of Tensor ops as ATen
composes them (Correlation.cpp, Integration.cpp), so their values and
grad_fn names follow from those ops.
"""
from __future__ import annotations

import math

from .. import dtypes
from ..autograd import no_grad, record
from ..registry import op
from ..tensor import Tensor
from .reduce import _variance_args, expand_back


def _with_mean(input, dim, unbiased, keepdim, correction, name, take_sqrt):
    dims, divisor = _variance_args(input, dim, unbiased, keepdim, correction, name)
    with no_grad():
        spread = (input.std if take_sqrt else input.var)(dim, keepdim=keepdim,
                                                         correction=divisor_correction(
                                                             input, dims, divisor))
        mean = input.mean(dims, keepdim=keepdim) if dims is not None else (
            input.mean().reshape((1,) * input.ndim) if keepdim else input.mean())
    spread = Tensor._make(spread._data, spread.dtype)
    mean = Tensor._make(mean._data, mean.dtype)
    shape = input.shape
    count = input.numel() / max(mean.numel(), 1) if input.numel() else 0

    def backward(grads, x, result):
        g_spread, g_mean = grads
        centered = x - x.mean(dims, keepdim=True)
        if take_sqrt:
            part = expand_back(g_spread / (result * divisor), shape, dims, keepdim) * centered
        else:
            part = expand_back(g_spread, shape, dims, keepdim) * centered * (2.0 / divisor)
        return (part + expand_back(g_mean, shape, dims, keepdim) / count,)
    name_of_node = "StdMeanBackward0" if take_sqrt else "VarMeanBackward0"
    record((spread, mean), name_of_node, (input,), backward, saved=(input, spread))
    return spread, mean


def divisor_correction(input, dims, divisor):
    """The correction that gives ``divisor`` for the reduced element count."""
    count = input.numel() if dims is None else math.prod(input.shape[d] for d in dims)
    return count - divisor


@op("std_mean", summary="(std, mean) over all or over dim.",
    example="std_mean(tensor([1., 2., 3., 4.]))", method=False)
def std_mean(input, dim=None, unbiased=None, keepdim=False, *, correction=None):
    return _with_mean(input, dim, unbiased, keepdim, correction, "std_mean", True)


@op("var_mean", summary="(var, mean) over all or over dim.",
    example="var_mean(tensor([1., 2., 3., 4.]))", method=False)
def var_mean(input, dim=None, unbiased=None, keepdim=False, *, correction=None):
    return _with_mean(input, dim, unbiased, keepdim, correction, "var_mean", False)


@op("cov", summary="Covariance matrix of the rows (variables) over the columns "
    "(observations).", example="cov(tensor([[0., 1., 2.], [2., 1., 0.]]))")
def cov(input, *, correction=1, fweights=None, aweights=None):
    if input.ndim > 2:
        raise RuntimeError(f"cov(): expected input to have two or fewer dimensions but got an "
                           f"input with {input.ndim} dimensions")
    from .creation import scalar_tensor  # noqa: PLC0415

    observations = input if input.ndim == 2 else input.reshape(1, -1)
    n = observations.shape[1]
    w = fweights
    if aweights is not None:
        w = aweights if w is None else w * aweights
    # ATen: avg = sum / w_sum (a long count without weights), true division
    w_sum = scalar_tensor(n, like=observations).to(dtypes.int64) if w is None else w.sum()
    avg = (observations if w is None else observations * w).sum(1) / w_sum
    if w is not None and correction != 0:
        norm_factor = (w_sum - correction * (w * aweights).sum() / w_sum
                       if aweights is not None else w_sum - correction)
    elif correction == 0:
        norm_factor = w_sum
    else:
        norm_factor = w_sum - correction
    if bool((norm_factor <= 0)._data):
        norm_factor = norm_factor * 0
    centered = observations - avg.unsqueeze(1)
    weighted = centered if w is None else centered * w
    other = weighted.t()
    c = centered.mm(other.conj() if other.dtype.category == 3 else other)
    return c.true_divide(norm_factor).squeeze()


@op("corrcoef", summary="Pearson correlation coefficients of the rows.",
    example="corrcoef(tensor([[0., 1., 2.], [2., 1., 0.]]))")
def corrcoef(input):
    if input.ndim > 2:
        raise RuntimeError(f"corrcoef(): expected input to have two or fewer dimensions but "
                           f"got an input with {input.ndim} dimensions")
    c = cov(input)
    if c.ndim == 0:
        return c / c
    d = c.diagonal()
    stddev = d.sqrt()
    c = c / stddev.reshape(-1, 1)
    c = c / stddev.reshape(1, -1)
    return c.clamp(-1, 1)


def _scalar_step(tensor, value, divide: bool):
    """``tensor * value`` or ``tensor / value`` as ATen's mul/div(Scalar) from C++:
    MulBackward1 / DivBackward1 (from Python a number becomes a tensor: ...Backward0)."""
    with no_grad():
        result = tensor / value if divide else tensor * value
    out = Tensor._make(result._data, result.dtype)
    if divide:
        return record(out, "DivBackward1", (tensor,), lambda g: (g / value,))
    return record(out, "MulBackward1", (tensor,), lambda g: (g * value,))


def _trapezoid_dx(y, dx, dim):
    if y.shape[dim] == 0:
        return y.sum(dim)
    axis = dim % y.ndim
    first, last = y.narrow(axis, 0, 1).squeeze(axis), y.narrow(axis, -1, 1).squeeze(axis)
    return _scalar_step(y.sum(dim) - (first + last) * 0.5, dx, False)


@op("trapezoid", summary="Integral of y by the trapezoid rule (along dim; spacing dx or at "
    "points x).", example="trapezoid(tensor([1., 5., 10.]))", method=False,
    aliases=("trapz",))
def trapezoid(y, x=None, *, dx=None, dim=-1):
    if isinstance(x, Tensor):
        if dx is not None:
            raise TypeError("trapezoid() received an invalid combination of arguments")
        return _trapezoid_x(y, x, dim)
    if x is not None:  # trapz(y, dx) positionally as a number
        dx = x
    return _trapezoid_dx(y, 1 if dx is None else dx, dim)


def _trapezoid_x(y, x, dim):
    ndim = y.ndim
    dim = dim % ndim if ndim else 0
    if y.shape[dim] == 0:
        return y.sum(dim)
    if x.ndim == 1:
        if x.shape[0] != y.shape[dim]:
            raise RuntimeError("trapezoid: There must be one `x` value for each sample point")
        dxs = x[1:] - x[:-1]
        shape = [1] * ndim
        shape[dim] = dxs.shape[0]
        dxs = dxs.reshape(shape)
    else:
        dxs = x.diff(dim=dim)
    n = y.shape[dim]
    right, left = y.narrow(dim, 1, n - 1), y.narrow(dim, 0, n - 1)
    return _scalar_step((dxs * (right + left)).sum(dim), 2., True)


@op("cumulative_trapezoid", summary="Running trapezoid-rule integral along dim.",
    example="cumulative_trapezoid(tensor([1., 5., 10.]))", method=False)
def cumulative_trapezoid(y, x=None, *, dx=None, dim=-1):
    ndim = y.ndim
    axis = dim % ndim if ndim else 0
    n = y.shape[axis]
    if n == 0:
        return y.narrow(axis, 0, 0)
    left, right = y.narrow(axis, 0, n - 1), y.narrow(axis, 1, n - 1)
    if isinstance(x, Tensor):
        if x.ndim == 1:
            dxs = x[1:] - x[:-1]
            shape = [1] * ndim
            shape[axis] = dxs.shape[0]
            dxs = dxs.reshape(shape)
        else:
            dxs = x.diff(dim=axis)
        return _scalar_step((dxs * (left + right)).cumsum(axis), 2., True)
    if x is not None:
        dx = x
    return ((1 if dx is None else dx) / 2. * (left + right)).cumsum(axis)

