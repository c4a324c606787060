"""More elementwise binary math (gcd, lcm, fmax, fmin, hypot, logaddexp,
logaddexp2, copysign, nextafter, ldexp, frexp, heaviside, float_power) and
the fused products addmv, addr, baddbmm, addbmm, with renorm.

Backward rules are PyTorch's (derivatives.yaml) in Tensor ops.
"""
from __future__ import annotations

import math
import warnings

from .. import dtypes
from ..autograd import no_grad, record
from ..registry import op
from ..tensor import Tensor
from .common import as_result, binary_operands, normalize_dim
from .common import broadcast_shapes as _broadcast
from .index_more import _no_derivative
from .linalg_common import named
from .pointwise import multiply_add


def _tensor_other(name: str, other) -> None:
    if not isinstance(other, Tensor):
        raise TypeError(f"{name}(): argument 'other' (position 2) must be Tensor, not "
                        f"{type(other).__name__}")


def _floating(dtype):
    return dtype if dtype.is_floating_point else dtypes.get_default_dtype()


# -------------------------------------------------------------- integers
def _integer_binary(name: str, function):
    def impl(input, other):
        x, y, dtype, xp = binary_operands(input, other)
        if dtype.category != dtypes.INTEGER:
            raise NotImplementedError(f'"{name}_cpu" not implemented for \'{dtype.short}\'')
        return as_result(function(xp, x, y), dtype, xp)
    impl.__name__ = name
    return impl


gcd = op("gcd", summary="The greatest common divisor (integers).", inplace="gcd_",
         example="gcd(tensor([5, 10, 15]), tensor([3, 4, 5]))", differentiable=False,
         signature="gcd(input, other)")(_integer_binary("gcd", lambda xp, x, y: xp.gcd(x, y)))
lcm = op("lcm", summary="The least common multiple (integers).", inplace="lcm_",
         example="lcm(tensor([5, 10, 15]), tensor([3, 4, 5]))", differentiable=False,
         signature="lcm(input, other)")(_integer_binary("lcm", lambda xp, x, y: xp.lcm(x, y)))


# ----------------------------------------------------------- fmax, fmin
def _nan_extremum(name: str, grad_fn: str, larger: bool):
    def impl(input, other):
        _tensor_other(name, other)
        x, y, dtype, xp = binary_operands(input, other)
        out = as_result(xp.fmax(x, y) if larger else xp.fmin(x, y), dtype, xp)

        def backward(g, a, b):
            keeps_a = ((a >= b) if larger else (a <= b)) | b.isnan()
            return (g.masked_fill(keeps_a.logical_not(), 0.0), g.masked_fill(keeps_a, 0.0))
        return record(out, grad_fn, (input, other), backward, saved=(input, other))
    return impl


op("fmax", summary="Elementwise maximum; a NaN loses to a number.",
   example="fmax(tensor([1., float('nan')]), tensor([float('nan'), 2.]))",
   signature="fmax(input, other)")(_nan_extremum("fmax", "FmaxBackward0", True))
op("fmin", summary="Elementwise minimum; a NaN loses to a number.",
   example="fmin(tensor([1., float('nan')]), tensor([float('nan'), 2.]))",
   signature="fmin(input, other)")(_nan_extremum("fmin", "FminBackward0", False))


# ------------------------------------------------------ floating binaries
def _float_binary(name: str, input, other, function, *, kernel_name=None, promote=False):
    x, y, dtype, xp = binary_operands(input, other)
    if not dtype.is_floating_point:
        if not promote:
            raise NotImplementedError(
                f'"{kernel_name or name}_cpu" not implemented for \'{dtype.short}\'')
        dtype = dtypes.get_default_dtype()
        x, y = x.astype(dtype.np), y.astype(dtype.np)
    return as_result(function(xp, x, y), dtype, xp)


@op("hypot", summary="sqrt(input**2 + other**2) elementwise.", inplace="hypot_",
    example="hypot(tensor([4.0]), tensor([3.0, 4.0, 5.0]))")
def hypot(input, other):
    _tensor_other("hypot", other)
    out = _float_binary("hypot", input, other, lambda xp, x, y: xp.hypot(x, y))
    return record(out, "HypotBackward0", (input, other),
                  lambda g, a, b, r: (g * a / r, g * b / r), saved=(input, other, out))


@op("logaddexp", summary="log(exp(input) + exp(other)), computed stably.",
    example="logaddexp(tensor([-1.0]), tensor([-1.0, -2, -3]))")
def logaddexp(input, other):
    _tensor_other("logaddexp", other)
    out = _float_binary("logaddexp", input, other, lambda xp, x, y: xp.logaddexp(x, y))
    return record(out, "LogaddexpBackward0", (input, other),
                  lambda g, a, b: (g / (1 + (b - a).exp()), g / (1 + (a - b).exp())),
                  saved=(input, other))


def _logaddexp2_array(xp, x, y):
    """ATen's: max + log1p(exp2(-|x - y|)) * (1 / ln 2), the last step one fused
    multiply-add (so logaddexp2(-1, -1) is -1.0602e-08 in float32, as PyTorch)."""
    dtype = dtypes.from_numpy_dtype(x.dtype)
    x, y = xp.broadcast_arrays(x, y)
    largest = xp.maximum(x, y)
    tail = xp.log1p(xp.exp2(-xp.abs(x - y)))
    inverse_ln2 = xp.asarray(1 / math.log(2), dtype=x.dtype)
    value = multiply_add(tail, inverse_ln2, largest, dtype, xp)
    return xp.where(xp.isinf(largest) & (x == y), x, value)


@op("logaddexp2", summary="log2(2**input + 2**other), computed stably.",
    example="logaddexp2(tensor([-1.0]), tensor([-1.0, -2, -3]))")
def logaddexp2(input, other):
    _tensor_other("logaddexp2", other)
    out = _float_binary("logaddexp2", input, other, _logaddexp2_array)
    return record(out, "Logaddexp2Backward0", (input, other),
                  lambda g, a, b: (g / (1 + (b - a).exp2()), g / (1 + (a - b).exp2())),
                  saved=(input, other))


@op("copysign", summary="The magnitude of input with the sign of other.", inplace="copysign_",
    example="copysign(tensor([1., -2., 3.]), -1.)")
def copysign(input, other):
    out = _float_binary("copysign", input, other, lambda xp, x, y: xp.copysign(x, y),
                        promote=True)

    def backward(g, a, result):
        ratio = (result / a.masked_fill(a == 0, 1.0)).masked_fill(a == 0, 0.0)
        return (g * ratio, g * 0 if isinstance(other, Tensor) else None)
    name = "CopysignBackward0" if isinstance(other, Tensor) else "CopysignBackward1"
    return record(out, name, (input, other), backward, saved=(input, out))


@op("nextafter", summary="The next float after input towards other.", inplace="nextafter_",
    example="nextafter(tensor([1., 2.]), tensor([2., 1.])) == tensor([1., 2.])")
def nextafter(input, other):
    _tensor_other("nextafter", other)
    x, y, dtype, xp = binary_operands(input, other)
    if not dtype.is_floating_point:
        raise NotImplementedError(f'"nextafter_cpu" not implemented for \'{dtype.short}\'')
    out = as_result(xp.nextafter(x, y), dtype, xp)
    # PyTorch: self gets the gradient as it is, other none (zeros)
    return record(out, "NextafterBackward0", (input, other), lambda g: (g, g * 0))


# PyTorch's ldexp writes into a tensor of input's shape (out=), resized
# with this warning (every call) when the broadcast result is larger.
LDEXP_RESIZE = (
    "An output with one or more elements was resized since it had shape {}, which does not "
    "match the required output shape {}. This behavior is deprecated, and in a future PyTorch "
    "release outputs will not be resized unless they have zero elements. You can explicitly "
    "reuse an out tensor t by resizing it, inplace, to zero elements with t.resize_(0). "
    "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)")


@op("ldexp", summary="input * 2 ** other.", inplace="ldexp_",
    example="ldexp(tensor([1.]), tensor([1, 2, 3]))")
def ldexp(input, other):
    _tensor_other("ldexp", other)
    shape = tuple(input.shape)
    if shape and _broadcast(shape, tuple(other.shape)) != shape:
        warnings.warn(LDEXP_RESIZE.format(list(shape), list(_broadcast(shape, tuple(
            other.shape)))), UserWarning, stacklevel=2)
    with no_grad():
        scale = other.exp2()  # PyTorch: mul(input, pow(2., other))
        out = input * scale
    out = Tensor._make(out._data, out.dtype)
    return record(out, "LdexpBackward0", (input, other),
                  lambda g, s: (g * s, None), saved=(scale,))


@op("frexp", summary="(mantissa, exponent) with input = mantissa * 2 ** exponent.",
    example="frexp(torch.arange(9.))")
def frexp(input):
    if not input.dtype.is_floating_point:
        raise RuntimeError("torch.frexp() only supports floating-point dtypes")
    xp = input._xp
    mantissa, exponent = xp.frexp(input._data)
    mantissa = as_result(mantissa, input.dtype, xp)
    exponent = as_result(exponent, dtypes.int32, xp)
    record(mantissa, "FrexpBackward0", (input,),
           lambda g, e: (g / e.to(g.dtype).exp2(),), saved=(exponent,))
    return named("frexp", ("mantissa", "exponent"), (mantissa, exponent))


@op("heaviside", summary="The Heaviside step: 0 below zero, values at zero, 1 above.",
    inplace="heaviside_", example="heaviside(tensor([-1.5, 0, 2.0]), tensor([0.5]))")
def heaviside(input, values):
    _tensor_other("heaviside", values)
    if input.dtype is not values.dtype:
        raise RuntimeError("heaviside is not yet implemented for tensors with different "
                           "dtypes")
    x, y, dtype, xp = binary_operands(input, values)
    array = xp.where(x == 0, y, (x > 0).astype(dtype.np))
    out = as_result(array, dtype, xp)
    return record(out, "NotImplemented", (input, values),
                  _no_derivative("derivative for aten::heaviside is not implemented",
                                 RuntimeError))


@op("float_power", summary="input ** exponent in double precision.", inplace="float_power_",
    example="float_power(torch.randint(10, (4,)), 2)")
def float_power(input, exponent):
    base = input.to(dtypes.float64) if isinstance(input, Tensor) else float(input)
    power = exponent.to(dtypes.float64) if isinstance(exponent, Tensor) else float(exponent)
    return base ** power


# -------------------------------------------------------- fused products
def _scaled(t: Tensor, factor):
    return t if factor == 1 else t * factor


def _fused(name: str, grad_fn: str, input, product, beta, alpha, inputs, backward):
    with no_grad():
        scaled = _scaled(product, alpha)
        out = scaled if beta == 0 else _scaled(input, beta) + scaled
        out = out.expand(*product.shape).contiguous() if tuple(out.shape) != tuple(
            product.shape) else out
    out = Tensor._make(out._data, out.dtype)
    return record(out, grad_fn, inputs, backward, saved=inputs[1:])


@op("addmv", summary="beta * input + alpha * (mat @ vec).", inplace="addmv_",
    example="addmv(torch.ones(2), torch.ones(2, 3), torch.ones(3))")
def addmv(input, mat, vec, *, beta=1, alpha=1):
    with no_grad():
        product = mat.mv(vec)
    return _fused("addmv", "AddmvBackward0", input, product, beta, alpha, (input, mat, vec),
                  lambda g, m, v: (_scaled(g, beta), _scaled(g.outer(v), alpha),
                                   _scaled(m.t().mv(g), alpha)))


@op("addr", summary="beta * input + alpha * outer(vec1, vec2).", inplace="addr_",
    example="addr(torch.zeros(3, 2), torch.arange(1., 4.), torch.arange(1., 3.))")
def addr(input, vec1, vec2, *, beta=1, alpha=1):
    with no_grad():
        product = vec1.outer(vec2)
    return _fused("addr", "AddrBackward0", input, product, beta, alpha, (input, vec1, vec2),
                  lambda g, a, b: (_scaled(g, beta), _scaled(g.mv(b), alpha),
                                   _scaled(g.t().mv(a), alpha)))


@op("baddbmm", summary="beta * input + alpha * (batch1 @ batch2), batch by batch.",
    inplace="baddbmm_", example="baddbmm(torch.ones(2, 1, 1), torch.ones(2, 1, 3), "
    "torch.ones(2, 3, 1))")
def baddbmm(input, batch1, batch2, *, beta=1, alpha=1):
    with no_grad():
        product = batch1.bmm(batch2)
    return _fused("baddbmm", "BaddbmmBackward0", input, product, beta, alpha,
                  (input, batch1, batch2),
                  lambda g, a, b: (_scaled(g, beta), _scaled(g.bmm(b.transpose(1, 2)), alpha),
                                   _scaled(a.transpose(1, 2).bmm(g), alpha)))


@op("addbmm", summary="beta * input + alpha * sum over batches of batch1 @ batch2.",
    inplace="addbmm_", example="addbmm(torch.zeros(1, 1), torch.ones(2, 1, 3), "
    "torch.ones(2, 3, 1))")
def addbmm(input, batch1, batch2, *, beta=1, alpha=1):
    with no_grad():
        product = batch1.bmm(batch2).sum(0)

    def backward(g, a, b):
        spread = g.unsqueeze(0).expand(a.shape[0], *g.shape)
        return (_scaled(g, beta), _scaled(spread.bmm(b.transpose(1, 2)), alpha),
                _scaled(a.transpose(1, 2).bmm(spread), alpha))
    return _fused("addbmm", "AddbmmBackward0", input, product, beta, alpha,
                  (input, batch1, batch2), backward)


# ------------------------------------------------------------------ renorm
def _renorm_parts(x: Tensor, p: float, dim: int, maxnorm: float):
    others = tuple(d for d in range(x.ndim) if d != dim)
    norm = x.abs().pow(p).sum(others, keepdim=True).pow(1 / p) if others else x.abs()
    over = norm > maxnorm
    factor = (maxnorm / (norm + 1e-7)).masked_fill(over.logical_not(), 1.0)
    return norm, over, factor, others


@op("renorm", summary="Each slice along dim rescaled to p-norm at most maxnorm.",
    inplace="renorm_", example="renorm(torch.ones(3, 3), 1, 0, 5)")
def renorm(input, p, dim, maxnorm):
    if not input.dtype.is_floating_point:
        raise RuntimeError(f"renorm: Expected a floating point or complex tensor as input. Got "
                           f"{input.dtype.short}")
    if p <= 0:
        raise RuntimeError("renorm: non-positive-norm not supported")
    if maxnorm < 0:
        raise RuntimeError(f"renorm: expected maxnorm to be >= 0 but got {maxnorm}")
    dim = normalize_dim(dim, input.ndim)
    p = float(p)
    with no_grad():
        _, _, factor, _ = _renorm_parts(input, p, dim, maxnorm)
        out = input * factor
    out = Tensor._make(out._data, input.dtype)

    def backward(g, x):
        norm, over, factor, others = _renorm_parts(x, p, dim, maxnorm)
        # d factor / d norm, where the slice is rescaled
        slope = (-maxnorm / ((norm + 1e-7) * (norm + 1e-7))).masked_fill(over.logical_not(), 0.0)
        projection = (g * x).sum(others, keepdim=True) if others else g * x
        norm_grad = x.sign() * x.abs().pow(p - 1) / norm.pow(p - 1).masked_fill(norm == 0, 1.0)
        return (g * factor + slope * projection * norm_grad,)
    return record(out, "RenormBackward0", (input,), backward, saved=(input,))

