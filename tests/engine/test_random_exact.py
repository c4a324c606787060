"""The exact floating-point helpers behind PyTorch's random kernels: fused
multiply-adds checked against exact rational arithmetic, and the Cephes
vector functions against the tie cases that break a naive emulation."""
from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest

from gradsh.engine.random.exact import fma32, fma64


def exact_fma(a: float, b: float, c: float, dtype) -> float:
    """a * b + c computed exactly, then rounded once to dtype (nearest, ties to even)."""
    value = Fraction(a) * Fraction(b) + Fraction(c)
    candidate = dtype(float(value))  # float() rounds correctly; step to the right neighbour
    best = candidate
    for neighbour in (np.nextafter(candidate, dtype(-np.inf)), np.nextafter(candidate,
                                                                            dtype(np.inf))):
        gap, best_gap = abs(Fraction(float(neighbour)) - value), abs(Fraction(float(best)) - value)
        if gap < best_gap or (gap == best_gap and int(np.asarray(neighbour).view(
                np.int32 if dtype is np.float32 else np.int64)) % 2 == 0):
            best = neighbour
    return float(best)


def test_fma32_repairs_a_double_rounding_tie():
    # a * b = 2^-23 - 2^-69, so a * b + c is just below the midpoint between
    # 2 + 2^-22 and 2 + 2^-21; its float64 rounding lands on that midpoint,
    # and rounding that to float32 (ties to even) would give 2 + 2^-21.
    a, b, c = np.float32(1 + 2**-23), np.float32(2**-23 * (1 - 2**-23)), np.float32(2 + 2**-22)
    naive = np.float32(np.float64(a) * np.float64(b) + np.float64(c))
    assert naive == np.float32(2 + 2**-21)
    assert fma32(np.array([a]), np.array([b]), np.array([c]))[0] == np.float32(2 + 2**-22)


@pytest.mark.parametrize("dtype, fma", [(np.float32, fma32), (np.float64, fma64)])
def test_fma_is_correctly_rounded(dtype, fma):
    rng = np.random.default_rng(7)
    n = 3000
    a = (rng.standard_normal(n) * 2.0 ** rng.integers(-30, 30, n)).astype(dtype)
    b = (rng.standard_normal(n) * 2.0 ** rng.integers(-30, 30, n)).astype(dtype)
    c = (rng.standard_normal(n) * 2.0 ** rng.integers(-60, 60, n)).astype(dtype)
    c[::3] = -(a[::3].astype(np.float64) * b[::3]).astype(dtype)  # heavy cancellation
    got = fma(a, b, c)
    want = [exact_fma(float(x), float(y), float(z), dtype) for x, y, z in zip(a, b, c)]
    assert got.dtype == dtype
    assert [float(v) for v in got] == want


def test_fma64_keeps_the_sign_of_an_exact_zero():
    """IEEE: (-0 * x) + -0 is -0; a zero product with +0, or an exact cancel, is +0."""
    a = np.array([-0.0, 0.0, -0.0, 2.0, 0.0, 1.5])
    b = np.array([3.0, -3.0, 3.0, -0.0, 0.0, 2.0])
    c = np.array([-0.0, -0.0, 0.0, -0.0, -0.0, -3.0])
    got = fma64(a, b, c)
    assert list(np.signbit(got)) == list(np.signbit(a * b + c))
    assert list(np.signbit(got)) == [True, True, False, True, False, False]
