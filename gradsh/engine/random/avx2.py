"""``log256_ps`` and ``sincos256_ps`` of PyTorch's ``avx_mathfun.h``, in NumPy float32.

PyTorch's AVX2 ``randn`` for float32 (contiguous, 16 values or more) runs
these Cephes-style vector functions. They are written with separate
multiply and add intrinsics, but GCC contracts every product whose only use
is an addition into one fused multiply-add (``-ffp-contract=fast``, the
default), and that changes the last bit of about one value in a thousand.
The contracted operations are marked ``fma32`` below; the others round
after the multiplication, as the compiled code does. Checked bit for bit
against PyTorch 2.13 on 10^5-value draws.
"""
from __future__ import annotations

import numpy as np

from .exact import fma32, fma32_exact_sum, horner32

f32 = np.float32

_LOG_P = [f32(c) for c in (
    7.0376836292E-2, -1.1514610310E-1, 1.1676998740E-1, -1.2420140846E-1, 1.4249322787E-1,
    -1.6668057665E-1, 2.0000714765E-1, -2.4999993993E-1, 3.3333331174E-1)]
_LOG_Q1, _LOG_Q2 = f32(-2.12194440e-4), f32(0.693359375)
_SQRTHF = f32(0.707106781186547524)
_MIN_NORM = np.array(0x00800000, dtype=np.int32).view(np.float32)
_HALF_BITS = np.array(0.5, dtype=np.float32).view(np.int32)

_FOPI = f32(1.27323954473516)  # 4 / pi
_DP = [f32(c) for c in (-0.78515625, -2.4187564849853515625e-4, -3.77489497744594108e-8)]
_COS_P = [f32(c) for c in (2.443315711809948E-005, -1.388731625493765E-003,
                           4.166664568298827E-002)]
_SIN_P = [f32(c) for c in (-1.9515295891E-4, 8.3321608736E-3, -1.6666654611E-1)]


def log256(x: np.ndarray) -> np.ndarray:
    """Natural log of positive float32 values (the inputs here are in (0, 1])."""
    x = np.maximum(x, _MIN_NORM)
    bits = x.view(np.int32)
    e = ((bits >> 23) - 0x7E).astype(np.float32)  # (exponent - 127) + 1, exact
    x = ((bits & ~0x7F800000) | _HALF_BITS).view(np.float32)  # mantissa in [0.5, 1)
    small = x < _SQRTHF
    x_small = np.where(small, x, f32(0))
    x = x - f32(1)
    x += x_small  # x + x - 1 where small, as the vector code adds the masked copy
    np.subtract(e, f32(1), out=e, where=small)
    z = x * x
    y = horner32(x, _LOG_P)
    y *= x
    y = fma32(y, z, e * _LOG_Q1)
    z *= f32(0.5)
    y -= z  # an exact product, so fused or not is the same
    x += y
    return fma32_exact_sum(e, _LOG_Q2, x)  # e * Q2 is exact (Q2 has 9 bits)


def sincos256(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sine and cosine of float32 values (the inputs here are in [0, 2 pi))."""
    sin_negative = np.signbit(x)
    x = np.abs(x)
    octant = (x * _FOPI).astype(np.int32)
    octant += 1
    octant &= ~1
    y = octant.astype(np.float32)
    sin_negative ^= (octant & 4) != 0
    cos_negative = ((octant - 2) & 4) == 0
    use_sin_poly = (octant & 2) == 0
    # Extended-precision modular arithmetic, each step fused; y is a small
    # integer, so each float64 sum is exact and needs no tie repair.
    for part in _DP:
        x = fma32_exact_sum(y, part, x)
    z = x * x
    cos_poly = horner32(z, _COS_P)
    cos_poly *= z
    cos_poly = fma32(cos_poly, z, -(z * f32(0.5)))
    cos_poly += f32(1)
    sin_poly = horner32(z, _SIN_P)
    sin_poly *= z
    sin_poly = fma32(sin_poly, x, x)
    sine = np.where(use_sin_poly, sin_poly, cos_poly)
    cosine = np.where(use_sin_poly, cos_poly, sin_poly)
    np.negative(sine, out=sine, where=sin_negative)
    np.negative(cosine, out=cosine, where=cos_negative)
    return sine, cosine
