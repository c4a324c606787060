"""Floating-point operations as PyTorch's compiled kernels perform them.

NumPy has no fused multiply-add, and its own ``log``/``sin``/``cos`` are SIMD
code that differs from glibc's in the last bit now and then. PyTorch's
scalar paths call glibc (as Python's ``math`` does) and its AVX2 build fuses
``a * b + c`` into one rounding. These helpers give the same bits:

- ``fma32``: float32 ``a * b + c`` with one rounding. The product of two
  float32 values is exact in float64; the float64 sum is then rounded "to
  odd" (a sticky last bit where it was inexact), which makes the final
  rounding to float32 the correct one (Boldo and Melquiond).
- ``fma64``: the same in float64, from error-free transformations (Dekker's
  product, Knuth's sum) and a round-to-odd addition.
- ``libm``: a glibc function applied to every element (Python's ``math``).
"""
from __future__ import annotations

import ctypes
import math

import numpy as np


def _round_to_odd(value: np.ndarray, error: np.ndarray) -> np.ndarray:
    """``value`` (a rounded sum) made odd where it was inexact, toward the exact sum."""
    bits = value.view(np.int64)
    inexact = (error != 0) & ((bits & 1) == 0)
    if not inexact.any():
        return value
    away = (error > 0) == (value > 0)  # the exact sum is larger in magnitude
    bits = np.where(inexact, np.where(away, bits + 1, bits - 1), bits)
    return bits.view(np.float64)


def _two_sum(a, b):
    total = a + b
    b_virtual = total - a
    error = (a - (total - b_virtual)) + (b - b_virtual)
    return total, error


def fma32(a, b, c) -> np.ndarray:
    """float32 fused multiply-add, correctly rounded, elementwise.

    The float64 sum of the exact product and ``c`` is rounded once more to
    float32; that second rounding can only go wrong where the float64 sum
    sits exactly on a float32 midpoint (its low 29 bits are 1 followed by
    zeros), so only those elements take the round-to-odd repair.
    """
    total = np.multiply(a, b, dtype=np.float64)
    np.add(total, c, out=total, dtype=np.float64)
    result = total.astype(np.float32)
    _repair_ties(total, result, a, b, c)
    return result


def _repair_ties(total: np.ndarray, result: np.ndarray, a, b, c) -> None:
    """Redo, exactly, the elements whose float64 sum sits on a float32 midpoint."""
    ties = np.left_shift(total.view(np.uint64), np.uint64(35)) == np.uint64(1 << 63)
    if ties.any():
        where = np.nonzero(ties)
        parts = [np.broadcast_to(np.asarray(v, dtype=np.float64), result.shape)[where]
                 for v in (a, b, c)]
        result[where] = _fma32_exact(*parts)


def horner32(x: np.ndarray, coefficients) -> np.ndarray:
    """float32 Horner ``y = c0; y = fma(y, x, c) for c in the rest``, every step fused.

    Values stay in float64 between the steps (each rounded to float32 and
    back), which spares NumPy a mixed-type cast per multiplication.
    """
    x64 = np.asarray(x, dtype=np.float64)
    y64 = np.full(x64.shape, float(coefficients[0]))
    total = np.empty_like(x64)
    result = None
    for coefficient in coefficients[1:]:
        np.multiply(y64, x64, out=total)
        total += float(coefficient)
        result = total.astype(np.float32)
        _repair_ties(total, result, y64, x64, float(coefficient))
        y64 = result.astype(np.float64)
    return result


def fma32_exact_sum(a, b, c) -> np.ndarray:
    """float32 ``a * b + c`` where the float64 sum is known to be exact (no repair)."""
    total = np.multiply(a, b, dtype=np.float64)
    np.add(total, c, out=total, dtype=np.float64)
    return total.astype(np.float32)


def _fma32_exact(a, b, c) -> np.ndarray:
    product = a * b  # exact: 24 + 24 bits fit in 53
    with np.errstate(invalid="ignore", over="ignore"):
        total, error = _two_sum(product, c)
        finite = np.isfinite(total)
        if not finite.all():
            error = np.where(finite, error, 0.0)
        return _round_to_odd(np.asarray(total), np.asarray(error)).astype(np.float32)


_SPLIT = 134217729.0  # 2^27 + 1, Veltkamp's splitter for float64


def _split(a):
    scaled = _SPLIT * a
    high = scaled - (scaled - a)
    return high, a - high


def fma64(a, b, c) -> np.ndarray:
    """float64 fused multiply-add, correctly rounded, elementwise.

    Exact for finite operands whose product neither overflows nor falls
    below 2^-969 (where Dekker's product stops being exact); outside that
    range it is ``a * b + c``, which is what the hardware gives there too
    except in the last bit of subnormal results.
    """
    a, b, c = np.broadcast_arrays(*(np.asarray(v, dtype=np.float64) for v in (a, b, c)))
    with np.errstate(invalid="ignore", over="ignore"):
        product = a * b
        a_high, a_low = _split(a)
        b_high, b_low = _split(b)
        product_error = ((a_high * b_high - product) + a_high * b_low + a_low * b_high) \
            + a_low * b_low
        high, low = _two_sum(c, product)
        middle, middle_error = _two_sum(low, product_error)
        result = high + _round_to_odd(np.asarray(middle), np.asarray(middle_error))
        plain = product + c
        safe = np.isfinite(result) & (np.abs(a) < 2.0 ** 995) & (np.abs(b) < 2.0 ** 995) \
            & ((np.abs(product) > 2.0 ** -969) | (product == 0))
        # a zero factor: the product is exactly +-0 and the plain sum is the fma, its
        # zero's sign too (-0 * x + -0 is -0, which the error-free steps lose)
        safe &= (a != 0) & (b != 0)
        return np.where(safe, result, plain)


def libm(function, values: np.ndarray) -> np.ndarray:
    """A glibc double function (from ``math``) on every element of a float64 array."""
    flat = values.ravel().tolist()
    return np.fromiter(map(function, flat), dtype=np.float64, count=len(flat)).reshape(
        values.shape)


_numpy_is_libm: dict = {}


def libm_fast(function, values: np.ndarray) -> np.ndarray:
    """``libm(function, values)``, through NumPy when NumPy's own loop gives
    glibc's bits for it (NumPy's float64 sin and cos call the C library on
    most builds; its log, log1p and exp are SIMD code that differs)."""
    name = function.__name__
    if name not in _numpy_is_libm:
        _numpy_is_libm[name] = _agrees_with_libm(name, function)
    if _numpy_is_libm[name]:
        return getattr(np, name)(values)
    return libm(function, values)


def _agrees_with_libm(name: str, function) -> bool:
    """NumPy's ``name`` matches ``math``'s on a probe of 20,000 angles (a SIMD
    implementation differs on a few in a thousand, so it would show)."""
    if not hasattr(np, name):
        return False
    probe = np.random.default_rng(20261201).random(20000) * (2 * math.pi)
    return bool(np.array_equal(getattr(np, name)(probe), libm(function, probe)))


# ------------------------------------------------------ float32 glibc (DEFAULT)
_libm = None


def _libm_float(name: str):
    """``logf``, ``sinf``, ``cosf`` from the C library PyTorch calls."""
    global _libm
    if _libm is None:
        from ctypes import util as ctypes_util  # noqa: PLC0415 - loaded when glibc is first needed

        _libm = ctypes.CDLL(ctypes_util.find_library("m") or "libm.so.6")
    function = getattr(_libm, name)
    function.restype = ctypes.c_float
    function.argtypes = [ctypes.c_float]
    return function


def libm_float(name: str, values: np.ndarray) -> np.ndarray:
    """A glibc float function on every element of a float32 array."""
    function = _libm_float(name)
    flat = values.astype(np.float32).ravel().tolist()
    return np.fromiter(map(function, flat), dtype=np.float32, count=len(flat)).reshape(
        values.shape)
