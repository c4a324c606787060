"""softmax / log_softmax over the last dim as ATen's CPU kernels compute them.

``_vec_softmax_lastdim`` and ``_vec_log_softmax_lastdim``
(aten/src/ATen/native/cpu/SoftMaxKernel.cpp), measured to run the AVX512
build (16 float32 / 8 float64 lanes), one row at a time:

* ``max``: ``vec::reduce_all(maximum)`` (order-free);
* softmax: ``exp(x - max)`` with ``Vectorized::exp`` (SLEEF ``expf16_u10`` on
  every element: the tail goes through a partial vector load too), then
  ``vec::reduce_all(+)`` of the exponentials, then ``x * (1 / sum)``;
* log_softmax: the same sum (``map_reduce_all``), its ``Vectorized::log``
  (SLEEF ``logf16_u10``), then ``(x - max) - log(sum)``.

``reduce_all(+)`` over a row of ``n`` elements with ``W`` lanes: when
``n < W`` a sequential sum ``((x0 + x1) + x2) ...``; otherwise the lanes
start as the first ``W`` elements, every further full block is added
lane-wise, the tail (``n % W``) into the first lanes, and the lanes are
combined by ``vec_reduce_all``: for float32 the AVX512 shuffle tree (lane
``j`` with ``j ^ 8``, then ``^ 4``, ``^ 2``, ``^ 1``), for float64 the generic
sequential ``((l0 + l1) + l2) ...``.

float32's ``logf16_u10`` is SLEEF's ``xlogf_u1`` (AVX512F flavour), emulated
here (``logf``).  float64's SLEEF ``expd8_u10`` / ``logd8_u10`` are not
emulated (NumPy's exp and log; most elements agree, see the harness table in
docs/numerics.md).
"""
from __future__ import annotations

import numpy as np

from . import sleef_pow

_LANES = {np.dtype(np.float32): 16, np.dtype(np.float64): 8}


def applies(xp, data: np.ndarray, axis: int) -> bool:
    """Whether the kernel models this call (NumPy float32/float64, the last dim)."""
    return (xp is np and data.dtype in _LANES and data.ndim >= 1 and data.size > 0
            and axis == data.ndim - 1)


def _exp(values: np.ndarray) -> np.ndarray:
    if values.dtype == np.float32:
        return sleef_pow.expf(values)
    return np.exp(values)


def logf(d: np.ndarray) -> np.ndarray:
    """SLEEF 3.8's ``xlogf_u1``, AVX512F flavour (``vgetexp``/``vgetmant``,
    fused multiply-adds), on float32: ``Vectorized<float>::log``."""
    from ..random.exact import fma32  # noqa: PLC0415
    from .sleef_pow import _LN2, _df_add_df_df, _df_div  # noqa: PLC0415
    from .sleef_trig import _df_add2_f_f, _df_add_df_f, _df_mul_df_f  # noqa: PLC0415

    f32 = np.float32
    d = np.asarray(d, dtype=f32)
    with np.errstate(all="ignore"):
        scaled = d * f32(1.0 / 0.75)
        _, e = np.frexp(scaled)
        mantissa, _ = np.frexp(d)
        e = np.where(np.isinf(scaled), f32(128), (e - 1).astype(f32)).astype(f32)
        m = mantissa * f32(2)  # getmant, [0.75, 1.5)
        m = np.where(m >= f32(1.5), m * f32(0.5), m).astype(f32)
        s = _df_mul_df_f(_LN2, e)
        x = _df_div(_df_add2_f_f(f32(-1), m), _df_add2_f_f(f32(1), m))
        x2 = x[0] * x[0]
        t = fma32(np.full(d.shape, f32(0.3027294874)), x2, f32(0.3996108174))
        t = fma32(t, x2, f32(0.6666694880))
        s = _df_add_df_df(s, (x[0] * f32(2), x[1] * f32(2)))
        s = _df_add_df_f(s, (x2 * x[0]) * t)
        r = (s[0] + s[1]).astype(f32)
        r = np.where(np.isposinf(d), f32(np.inf), r)
        r = np.where((d < 0) | np.isnan(d), f32(np.nan), r)
        return np.where(d == 0, f32(-np.inf), r).astype(f32)


def row_sums(rows: np.ndarray) -> np.ndarray:
    """``vec::reduce_all(+)`` of each row of a 2-D array."""
    count, n = rows.shape
    lanes = _LANES[rows.dtype]
    if n < lanes:
        acc = rows[:, 0].copy()
        for i in range(1, n):
            acc += rows[:, i]
        return acc
    full = n - n % lanes
    blocks = np.ascontiguousarray(rows[:, :full]).reshape(count, full // lanes, lanes)
    # axis 1 is not the innermost one, so NumPy adds block after block (no pairwise sum)
    acc = np.add.reduce(blocks, axis=1)
    if n > full:
        acc[:, :n - full] += rows[:, full:]
    if lanes == 16:  # the AVX512 float32 shuffle tree
        for step in (8, 4, 2, 1):
            acc = acc[:, :step] + acc[:, step:2 * step]
        return acc[:, 0]
    total = acc[:, 0].copy()
    for i in range(1, lanes):
        total += acc[:, i]
    return total


def _prepare(data: np.ndarray):
    rows = np.ascontiguousarray(data).reshape(-1, data.shape[-1])
    with np.errstate(invalid="ignore", over="ignore"):
        shifted = rows - rows.max(axis=1, keepdims=True)
    return rows, shifted


def softmax_lastdim(data: np.ndarray) -> np.ndarray:
    _, shifted = _prepare(data)
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        exps = _exp(shifted)
        scale = np.ones((), dtype=data.dtype) / row_sums(exps)
        exps *= scale[:, None]
    return exps.reshape(data.shape)


def log_softmax_lastdim(data: np.ndarray) -> np.ndarray:
    _, shifted = _prepare(data)
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        sums = row_sums(_exp(shifted))
        logs = logf(sums) if data.dtype == np.float32 else np.log(sums)
        shifted -= logs[:, None]
    return shifted.reshape(data.shape)
