"""The fast paths of the exact float32 sums and products give the general path's bits.

cascade_sum's per-shape plans (a traced, compiled order of additions) against
the general path it was traced from, and gemm_order's blocked fused product
against one fma32 call per step, on random shapes, layouts and values chosen
so that the order matters (wide exponent ranges, signed zeros, infinities,
NaNs, and double-rounding ties).
"""
from __future__ import annotations

import numpy as np
import pytest

from gradsh.engine.ops import cascade_sum as cs
from gradsh.engine.ops import gemm_order


def _bits_equal(x, y):
    """The same bits, signed zeros included; a NaN equals any NaN (where two
    different NaNs meet, which one survives depends on NumPy's loop, on both
    paths alike, and PyTorch prints every NaN as nan)."""
    if x.shape != y.shape or x.dtype != y.dtype:
        return False
    nan_x, nan_y = np.isnan(x), np.isnan(y)
    return bool((nan_x == nan_y).all()) and x[~nan_x].tobytes() == y[~nan_y].tobytes()


def _values(rng, shape, dtype, variant):
    x = rng.standard_normal(shape) * 2.0 ** rng.integers(-12, 12, shape)
    if variant % 3 == 1:
        x[rng.random(shape) < 0.3] = -0.0
    if variant % 3 == 2 and x.size >= 4:
        flat = x.reshape(-1)
        flat[rng.integers(0, x.size, 3)] = [np.inf, -np.inf, np.nan]
    return x.astype(dtype)


def _layout(x, variant):
    if variant == 1:
        return np.asfortranarray(x)
    if variant == 2 and x.ndim:
        return x[::-1]
    if variant == 3 and x.ndim >= 2:
        return np.swapaxes(np.ascontiguousarray(np.swapaxes(x, 0, -1)), 0, -1)
    if variant == 4 and x.ndim >= 1:
        return np.broadcast_to(x[:1], x.shape)
    return x


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.float16])
def test_plan_matches_general_path(dtype):
    rng = np.random.default_rng(20261201)
    with np.errstate(invalid="ignore", over="ignore"):
        for trial in range(120):
            ndim = int(rng.integers(1, 5))
            shape = tuple(int(n) for n in rng.integers(1, 12 if ndim > 2 else 70, ndim))
            if trial % 10 == 0:
                shape = (int(rng.integers(200, 5000)),)
            x = _layout(_values(rng, shape, dtype, trial), trial % 5)
            choice = int(rng.integers(0, 3))
            if choice == 0:
                dims = None
            else:
                dims = tuple(sorted({int(d) for d in rng.integers(0, ndim, choice)}))
            keepdim = bool(trial % 2)
            cs.cascade_plan._PLANS.clear()
            fast = cs.cascade_sum(x, dims, keepdim)
            again = cs.cascade_sum(x, dims, keepdim)  # from the cache
            general = cs._cascade_sum(x, dims, keepdim)
            assert _bits_equal(fast, general), (shape, x.strides, dims, keepdim)
            assert _bits_equal(again, general)


def test_plan_for_a_larger_shape_on_second_use():
    rng = np.random.default_rng(7)
    x = rng.standard_normal((8, 4, 26, 26)).astype(np.float32)
    cs.cascade_plan._PLANS.clear()
    for _ in range(3):
        assert _bits_equal(cs.cascade_sum(x, (0, 2, 3)), cs._cascade_sum(x, (0, 2, 3)))
    assert not isinstance(next(iter(cs.cascade_plan._PLANS.values())), int)


def test_numpy_reduces_a_non_inner_axis_row_by_row():
    """The plans rely on it: add.reduce over axis 0 of a C-contiguous (L, count>1)
    array is sequential (pairwise summation would change these sums)."""
    rng = np.random.default_rng(3)
    for length in (9, 17, 64, 200, 1000):
        x = (rng.standard_normal((length, 3)) * 2.0 ** rng.integers(-30, 30, (length, 3)))
        x = x.astype(np.float32)
        seq = x[0].copy()
        for row in x[1:]:
            seq += row
        assert _bits_equal(np.add.reduce(x, axis=0), seq)


def _operand(rng, shape, ties):
    if not ties:
        return rng.standard_normal(shape).astype(np.float32)
    # few significant bits: float64 sums often sit on float32 midpoints
    x = rng.integers(-8, 8, shape) * 2.0 ** rng.integers(-3, 20, shape)
    x = x + (rng.random(shape) < 0.3) * 2.0 ** -rng.integers(0, 30, shape)
    return x.astype(np.float32)


def test_fused_matches_one_fma_per_step():
    rng = np.random.default_rng(11)
    repaired = 0
    with np.errstate(invalid="ignore", over="ignore"):
        for trial in range(400):
            m, n, k = (int(v) for v in rng.integers(1, 40, 3))
            k = min(k, 32)
            ties = trial % 4 != 0
            a, b = _operand(rng, (m, k), ties), _operand(rng, (k, n), ties)
            if trial % 7 == 0:
                b = np.asfortranarray(b)
            if trial % 5 == 0:
                a[0, 0] = np.inf
            if trial % 11 == 0:
                a[-1, -1] = np.nan
            start = None if trial % 3 else rng.standard_normal((m, n)).astype(np.float32)
            fast = gemm_order._fused(a, b, start)
            reference = gemm_order._fused_reference(a, b, start)
            assert _bits_equal(fast, reference), (m, n, k, trial)
            sums = np.multiply(a[:, :1], b[:1, :], dtype=np.float64)
            repaired += int((np.left_shift(sums.view(np.uint64), np.uint64(35))
                             == np.uint64(1 << 63)).any())
    assert repaired > 0  # the tie repair was exercised


def test_fused_blocks_of_rows():
    """Wide products run in several blocks of the scratch buffer."""
    rng = np.random.default_rng(5)
    for m, n, k in ((8, 2704, 10), (3000, 12, 7), (4, 20000, 3)):
        a, b = _operand(rng, (m, k), True), _operand(rng, (k, n), True)
        assert _bits_equal(gemm_order._fused(a, b, None), gemm_order._fused_reference(a, b, None))


@pytest.mark.parametrize("shape", [(7,), (33,), (2000, 3), (40000,), (70001,), (5, 7, 9),
                                   (1, 65537)])
def test_sleef_contiguous_segments_match_the_mask_path(shape, monkeypatch):
    """pow/sigmoid's segment path for contiguous inputs picks the same vector and
    scalar elements as the per-element mask (which costs int64 temporaries)."""
    from gradsh.engine.ops import sleef_pow

    rng = np.random.default_rng(3)
    x = (rng.standard_normal(shape) * 3).astype(np.float32)
    y = np.abs(rng.standard_normal(shape)).astype(np.float32)
    fast = sleef_pow.sigmoid(x), sleef_pow.pow_tensor_tensor(y, x)
    monkeypatch.setattr(sleef_pow, "_contiguous_segments", lambda shape, inputs: None)
    general = sleef_pow.sigmoid(x), sleef_pow.pow_tensor_tensor(y, x)
    for a, b in zip(fast, general):
        assert np.array_equal(a.view(np.uint32), b.view(np.uint32))
