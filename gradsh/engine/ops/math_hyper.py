"""Inverse hyperbolic functions, bit shifts and the regularised incomplete
gamma functions.

acosh/asinh/atanh: PyTorch's CPU kernel is ``Vectorized::acosh()`` etc.,
SLEEF's ``Sleef_acoshf8_u10`` on vector blocks and ``std::acosh`` (glibc) on
the tails; MKL VML is not used for them (measured: ``vmsAcosh`` differs
from torch.acosh on ~8% of float32 elements). gradsh computes NumPy's
(glibc-accurate) values, which equal PyTorch's on short tensors and to
within an ulp on the vector blocks of long ones.

igamma/igammac follow Cephes (as ATen's ``calc_igamma``/``calc_igammac``):
the power series for P where x < a + 1 (or x <= 1), the continued fraction
for Q elsewhere, each in float64 and rounded to the dtype; ATen's special
cases (a == 0, x == 0, infinities) first. ATen switches to Temme's
asymptotic series for large a; here the series/fraction run to convergence
instead, which agrees to float32 rounding.
"""
from __future__ import annotations

import numpy as np

from .. import backend, dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from . import special_kernels
from .common import as_result, binary_operands
from .compare import _operand_ok
from .elementwise_math import _unary
from .index_more import _no_derivative

# ----------------------------------------------------------- hyperbolic
acosh = _unary("acosh", lambda xp, x: xp.arccosh(x), lambda g, x: g * (x * x - 1).rsqrt(),
               "AcoshBackward0", aliases=("arccosh",), summary="Inverse hyperbolic cosine.",
               example="acosh(tensor([1.3192, 1.9915, 1.9674, 1.7151]))")
asinh = _unary("asinh", lambda xp, x: xp.arcsinh(x), lambda g, x: g * (x * x + 1).rsqrt(),
               "AsinhBackward0", aliases=("arcsinh",), summary="Inverse hyperbolic sine.",
               example="asinh(tensor([0.1606, -1.4267, -1.0899, -1.0250]))")
atanh = _unary("atanh", lambda xp, x: xp.arctanh(x), lambda g, x: g / (1 - x * x),
               "AtanhBackward0", aliases=("arctanh",), summary="Inverse hyperbolic tangent.",
               example="atanh(tensor([-0.9385, 0.2968, -0.8591, -0.1871]))")


# --------------------------------------------------------------- shifts
def _shift(xp, x, y, left: bool):
    """ATen's shift kernels: a shift by a negative count or by at least the
    width gives 0 (left) or the sign (right)."""
    bits = x.dtype.itemsize * 8
    y = y.astype(np.int64)
    inside = (y >= 0) & (y < bits)
    count = xp.where(inside, y, 0).astype(x.dtype)
    if left:
        unsigned = x.view(np.dtype(f"u{x.dtype.itemsize}")) if x.dtype.kind == "i" else x
        shifted = xp.left_shift(unsigned, count.view(unsigned.dtype)).view(x.dtype)
        return xp.where(inside, shifted, xp.zeros((), x.dtype))
    outside = (x >> (bits - 1)) if x.dtype.kind == "i" else xp.zeros((), x.dtype)
    return xp.where(inside, xp.right_shift(x, count), outside)


def _shift_op(name: str, left: bool, dunder: str, reflected: str, kernel: str):
    def impl(input, other):
        x, y, dtype, xp = binary_operands(input, other)
        if dtype.is_floating_point or dtype.is_complex:
            raise NotImplementedError(f'"{kernel}" not implemented for \'{dtype.short}\'')
        if dtype is dtypes.bool_:
            x, y, dtype = x.astype(np.int64), y.astype(np.int64), dtypes.int64
        x, y = xp.broadcast_arrays(x, y)
        return as_result(_shift(xp, x, y, left), dtype, xp)

    def operator(a, b):
        return impl(a, b) if _operand_ok(b) else NotImplemented

    def reflected_operator(a, b):
        return impl(b, a) if _operand_ok(b) else NotImplemented

    impl.__name__ = name
    symbol = "<<" if left else ">>"
    op(name, summary=f"Arithmetic {'left' if left else 'right'} shift of the bits of input by "
       f"other (the `{symbol}` operator).", differentiable=False, inplace=f"{name}_",
       example=f"{name}(tensor([-1, -2, 3], dtype=int8), tensor([1, 0, 3], dtype=int8))",
       signature=f"{name}(input, other)",
       operators={dunder: operator, reflected: reflected_operator})(impl)
    return impl


bitwise_left_shift = _shift_op("bitwise_left_shift", True, "__lshift__", "__rlshift__",
                               "lshift_cpu")
bitwise_right_shift = _shift_op("bitwise_right_shift", False, "__rshift__", "__rrshift__",
                                "rshift_cpu")


# ------------------------------------------------------ incomplete gamma
_MACHEP = 1.11022302462515654042e-16
_BIG = 4.503599627370496e15
_BIGINV = 2.22044604925031308085e-16


def _prefactor(a, x):
    """x**a * exp(-x) / Gamma(a), by logarithms."""
    with np.errstate(all="ignore"):
        return np.exp(a * np.log(x) - x - special_kernels.lgamma(a))


def _series(a, x):
    """P(a, x) by Cephes's power series."""
    r, c, total = a.copy(), np.ones_like(a), np.ones_like(a)
    active = np.ones(a.shape, bool)
    with np.errstate(all="ignore"):
        for _ in range(100000):
            if not active.any():
                break
            r = np.where(active, r + 1, r)
            c = np.where(active, c * x / r, c)
            total = np.where(active, total + c, total)
            active &= c / total > _MACHEP
        return total * _prefactor(a, x) / a


def _fraction(a, x):
    """Q(a, x) by Cephes's continued fraction."""
    with np.errstate(all="ignore"):
        y = 1.0 - a
        z = x + y + 1.0
        c = np.zeros_like(a)
        pkm2, qkm2 = np.ones_like(a), x.copy()
        pkm1, qkm1 = x + 1.0, z * x
        answer = pkm1 / qkm1
        active = np.ones(a.shape, bool)
        for _ in range(100000):
            if not active.any():
                break
            c, y, z = c + 1.0, y + 1.0, z + 2.0
            yc = y * c
            pk = pkm1 * z - pkm2 * yc
            qk = qkm1 * z - qkm2 * yc
            nonzero = qk != 0
            ratio = np.where(nonzero, pk / np.where(nonzero, qk, 1), answer)
            change = np.where(nonzero, np.abs((answer - ratio) / ratio), 1.0)
            answer = np.where(active, ratio, answer)
            pkm2, pkm1 = np.where(active, pkm1, pkm2), np.where(active, pk, pkm1)
            qkm2, qkm1 = np.where(active, qkm1, qkm2), np.where(active, qk, qkm1)
            large = active & (np.abs(pk) > _BIG)
            pkm2, pkm1 = np.where(large, pkm2 * _BIGINV, pkm2), np.where(large, pkm1 * _BIGINV,
                                                                          pkm1)
            qkm2, qkm1 = np.where(large, qkm2 * _BIGINV, qkm2), np.where(large, qkm1 * _BIGINV,
                                                                          qkm1)
            active &= change > _MACHEP
        return answer * _prefactor(a, x)


def _incomplete_gamma(a, x, upper: bool):
    a, x = np.broadcast_arrays(np.asarray(a, np.float64), np.asarray(x, np.float64))
    out = np.full(a.shape, np.nan)
    regular = (a > 0) & (x > 0) & np.isfinite(a) & np.isfinite(x)
    use_series = regular & ((x <= 1) | (x <= a))
    use_fraction = regular & ~use_series
    if use_series.any():
        p = _series(a[use_series], x[use_series])
        out[use_series] = 1 - p if upper else p
    if use_fraction.any():
        q = _fraction(a[use_fraction], x[use_fraction])
        out[use_fraction] = q if upper else 1 - q
    low, high = (1.0, 0.0) if upper else (0.0, 1.0)
    with np.errstate(invalid="ignore"):
        out[(a == 0) & (x > 0)] = high
        out[(x == 0) & (a > 0)] = low
        out[np.isinf(a) & (a > 0) & np.isfinite(x) & (x >= 0)] = low
        out[np.isinf(x) & (x > 0) & np.isfinite(a) & (a > 0)] = high
        out[(x < 0) | (a < 0) | np.isnan(a) | np.isnan(x)] = np.nan
    return out


def _igamma_op(name: str, upper: bool, special: str):
    grad_fn = "IgammacBackward0" if upper else "IgammaBackward0"

    def impl(input, other):
        x, y, dtype, xp = binary_operands(input, other)
        if not dtype.is_floating_point:
            raise NotImplementedError(f'"{name}_cpu" not implemented for \'{dtype.short}\'')
        values = _incomplete_gamma(backend.to_host(x), backend.to_host(y), upper)
        out = as_result(xp.asarray(values.astype(dtype.np)), dtype, xp)
        refuse = _no_derivative(f"the derivative for '{name}: input' is not implemented.")
        input_requires_grad = isinstance(input, Tensor) and input.requires_grad
        shape_a = Tensor._make(x, dtype)
        z_value = other if isinstance(other, Tensor) else Tensor._make(y, dtype)

        def backward(g, z):
            if input_requires_grad:
                refuse()
            density = (-z + (shape_a - 1) * z.log() - shape_a.lgamma()).exp()
            return None, (-g if upper else g) * density
        return record(out, grad_fn, (input, other), backward, saved=(z_value,))

    impl.__name__ = name
    summary = ("The regularised upper incomplete gamma function Q(input, other)." if upper
               else "The regularised lower incomplete gamma function P(input, other).")
    op(name, summary=summary, example=f"{name}(tensor([4.]), tensor([3., 4., 5.]))",
       inplace=f"{name}_", signature=f"{name}(input, other)",
       namespaces={"special": (special,)})(impl)
    return impl


igamma = _igamma_op("igamma", False, "gammainc")
igammac = _igamma_op("igammac", True, "gammaincc")

__all__ = ["acosh", "asinh", "atanh", "bitwise_left_shift", "bitwise_right_shift", "igamma",
           "igammac"]
