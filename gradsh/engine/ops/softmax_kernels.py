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

The vector functions are emulated here: float32 ``exp`` is
``sleef_pow.expf`` (SLEEF ``xexpf``), float32 ``log`` SLEEF's ``xlogf_u1``
(AVX512F flavour, ``logf``), float64 ``exp``/``log`` SLEEF's ``xexp`` and
``xlog_u1`` (``exp_double``/``log_double``); all bit-identical to PyTorch in
the harness (docs/numerics.md).
"""
from __future__ import annotations

import numpy as np

from .. import numerics
from . import sleef_pow

_LANES = {np.dtype(np.float32): 16, np.dtype(np.float64): 8}


def applies(xp, data: np.ndarray, axis: int) -> bool:
    """Whether the kernels model this call (NumPy float32/float64, 1-D or more)."""
    return numerics.exact(xp) and data.dtype in _LANES and data.ndim >= 1 and data.size > 0


def softmax(data: np.ndarray, axis: int) -> np.ndarray:
    if axis == data.ndim - 1:
        return softmax_lastdim(data)
    return softmax_dim(data, axis)


def log_softmax(data: np.ndarray, axis: int) -> np.ndarray:
    if axis == data.ndim - 1:
        return log_softmax_lastdim(data)
    return log_softmax_dim(data, axis)


_R_LN2 = 1.442695040888963407359924681001892137426645954152985934135449406931
_L2U = .69314718055966295651160180568695068359375
_L2L = .28235290563031577122588448175013436025525412068e-12
_EXP_POLY = (+0.2081276378237164457e-8, +0.2511210703042288022e-7, +0.2755762628169491192e-6,
             +0.2755723402025388239e-5, +0.2480158687479686264e-4, +0.1984126989855865850e-3,
             +0.1388888888914497797e-2, +0.8333333333314938210e-2, +0.4166666666666602598e-1,
             +0.1666666666666669072e+0)  # c9 .. c0 of SLEEF's POLY10


def exp_double(d: np.ndarray) -> np.ndarray:
    """SLEEF 3.8's ``xexp`` (``ENABLE_FMA_DP``) on float64: ``Vectorized<double>::exp``.
    Cody-Waite reduction by ln 2 with fused multiply-adds, SLEEF's Estrin
    ``POLY10`` of fused multiply-adds, three more, then ``ldexp2``."""
    from .sleef_double import fma as fma64  # noqa: PLC0415 - exact.fma64, leaner

    d = np.asarray(d, dtype=np.float64)
    with np.errstate(all="ignore"):
        u = np.rint(d * _R_LN2)
        s = fma64(u, -_L2U, d)
        s = fma64(u, -_L2L, s)
        s2 = s * s
        s4 = s2 * s2
        s8 = s4 * s4
        c = _EXP_POLY

        def poly2(x, c1, c0):
            return fma64(x, c1, c0)

        def poly4(c3, c2, c1, c0):
            return fma64(s2, poly2(s, c3, c2), poly2(s, c1, c0))

        poly8 = fma64(s4, poly4(*c[2:6]), poly4(*c[6:10]))
        r = fma64(s8, poly2(s, c[0], c[1]), poly8)
        r = fma64(r, s, 0.5)
        r = fma64(r, s, 1.0)
        r = fma64(r, s, 1.0)
        q = np.nan_to_num(u, nan=0.0, posinf=0.0, neginf=0.0).astype(np.int64)
        half = q >> 1
        r = r * np.ldexp(1.0, half) * np.ldexp(1.0, q - half)
        r = np.where(d > 709.78271114955742909217217426, np.inf, r)
        r = np.where(d < -1000, 0.0, r)
        return np.where(np.isnan(d), d, r)


_LOG_POLY = (0.1532076988502701353e+0, 0.1525629051003428716e+0, 0.1818605932937785996e+0,
             0.2222214519839380009e+0, 0.2857142932794299317e+0, 0.3999999999635251990e+0,
             0.6666666666667333541e+0)  # c6 .. c0 of SLEEF's POLY7


def log_double(d: np.ndarray) -> np.ndarray:
    """SLEEF 3.8's ``xlog_u1``, AVX512F flavour (``vgetexp``/``vgetmant``), on
    float64: ``Vectorized<double>::log``; double-double steps as in dd.h with
    fused multiply-adds."""
    from .sleef_double import exponent_mantissa  # noqa: PLC0415
    from .sleef_double import fma as fma64  # noqa: PLC0415 - exact.fma64, leaner

    d = np.asarray(d, dtype=np.float64)
    with np.errstate(all="ignore"):
        e, m = exponent_mantissa(d)

        def add2(x, y):  # ddadd2_vd2_vd_vd
            s = x + y
            v = s - x
            return s, (x - (s - v)) + (y - v)

        n, q = add2(-1.0, m), add2(1.0, m)
        t = 1.0 / q[0]  # dddiv_vd2_vd2_vd2
        s = n[0] * t
        u = fma64(t, n[0], -s)
        v = fma64(-q[1], t, fma64(-q[0], t, 1.0))
        x = (s, fma64(s, v, fma64(n[1], t, u)))
        x2 = x[0] * x[0]
        x4 = x2 * x2
        x8 = x4 * x4
        c = _LOG_POLY
        poly3 = fma64(x4, c[0], fma64(x2, c[1], c[2]))
        poly4 = fma64(x4, fma64(x2, c[3], c[4]), fma64(x2, c[5], c[6]))
        t = fma64(x8, poly3, poly4)
        hi = 0.693147180559945286226764 * e  # ddmul_vd2_vd2_vd
        lo = fma64(2.319046813846299558417771e-17, e, fma64(0.693147180559945286226764, e, -hi))
        y0, y1 = x[0] * 2.0, x[1] * 2.0  # ddadd_vd2_vd2_vd2 with ddscale(x, 2)
        total = hi + y0
        lo = (((hi - total) + y0) + lo) + y1
        z = (x2 * x[0]) * t  # ddadd_vd2_vd2_vd
        final = total + z
        lo = ((total - final) + z) + lo
        r = final + lo
        r = np.where(np.isposinf(d), np.inf, r)
        r = np.where((d < 0) | np.isnan(d), np.nan, r)
        return np.where(d == 0, -np.inf, r)


def _exp(values: np.ndarray) -> np.ndarray:
    if values.dtype == np.float32:
        return sleef_pow.expf(values)
    return exp_double(values)


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
        logs = logf(sums) if data.dtype == np.float32 else log_double(sums)
        shifted -= logs[:, None]
    return shifted.reshape(data.shape)


# ------------------------------------------------------- a dim that is not last
# ``_vec_softmax`` / ``_vec_logsoftmax`` on the input made contiguous, seen as
# (outer, dim, inner): every (outer, inner) column is reduced along dim with a
# sequential sum from 0; the columns that fall in a full vector (``W`` inner
# positions inside one parallel chunk, and for softmax inside one row) take
# SLEEF's exp, the others the C library's (``std::exp``); softmax divides by
# the sum, log_softmax subtracts SLEEF's log of it.

def _glibc_exp(values: np.ndarray) -> np.ndarray:
    if values.dtype == np.float32:
        return sleef_pow._glibc_expf(values.reshape(-1)).reshape(values.shape)
    import math  # noqa: PLC0415

    def one(v):
        try:
            return math.exp(v)
        except OverflowError:
            return math.inf

    flat = np.fromiter(map(one, values.reshape(-1).tolist()), np.float64, count=values.size)
    return flat.reshape(values.shape)


def _mixed_exp(shifted: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """exp of (outer, dim, inner) ``shifted``: SLEEF where ``vector`` (outer, inner)."""
    out = np.empty_like(shifted)
    mask = np.broadcast_to(vector[:, None, :], shifted.shape)
    if mask.any():
        out[mask] = _exp(shifted[mask])
    if not mask.all():
        out[~mask] = _glibc_exp(shifted[~mask])
    return out


def _softmax_vector_mask(outer: int, dim: int, inner: int, lanes: int) -> np.ndarray:
    from .cascade_sum import get_threads  # noqa: PLC0415

    # Measured: the (outer * inner) range is split between the threads whatever
    # its size (a (1, 6, 20) softmax over dim 1 runs as two chunks of 10, all
    # scalar), not by ATen's GRAIN_SIZE / dim_size grain.
    total = outer * inner
    threads = max(1, min(get_threads(), total))
    chunk = -(-total // threads)
    mask = np.zeros(total, dtype=bool)
    for begin in range(0, total, chunk):
        end = min(total, begin + chunk)
        idx = begin
        while idx < end:
            inner_idx = idx % inner
            steps = min((inner - inner_idx) // lanes, (end - idx) // lanes)
            if steps:
                mask[idx:idx + steps * lanes] = True
                idx += steps * lanes
            else:
                idx += end - idx if idx + lanes > end else inner - inner_idx
    return mask.reshape(outer, inner)


def _columns(data: np.ndarray, axis: int):
    shape = data.shape
    outer = int(np.prod(shape[:axis], dtype=np.int64))
    inner = int(np.prod(shape[axis + 1:], dtype=np.int64))
    return np.ascontiguousarray(data).reshape(outer, shape[axis], inner), outer, inner


def _sequential_sum(values: np.ndarray) -> np.ndarray:
    """Sum over axis 1 of (outer, dim, inner), dim after dim from +0."""
    acc = np.zeros((values.shape[0], values.shape[2]), dtype=values.dtype)
    for d in range(values.shape[1]):
        acc += values[:, d, :]
    return acc


def softmax_dim(data: np.ndarray, axis: int) -> np.ndarray:
    cube, outer, inner = _columns(data, axis)
    lanes = _LANES[data.dtype]
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        shifted = cube - cube.max(axis=1, keepdims=True)
        exps = _mixed_exp(shifted, _softmax_vector_mask(outer, cube.shape[1], inner, lanes))
        exps /= _sequential_sum(exps)[:, None, :]
    return exps.reshape(data.shape)


def log_softmax_dim(data: np.ndarray, axis: int) -> np.ndarray:
    cube, outer, inner = _columns(data, axis)
    lanes = _LANES[data.dtype]
    dim = cube.shape[1]
    chunk = max((128 * 1024) // dim // data.itemsize, lanes) // lanes * lanes
    position = np.arange(inner) % chunk
    size = np.minimum(chunk, inner - (np.arange(inner) - position))
    vector = np.broadcast_to(position < size - size % lanes, (outer, inner))
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        # blendv(max, x, x > max) from -inf: a NaN never becomes the max
        peak = np.where(np.isnan(cube), -np.inf, cube).max(axis=1, keepdims=True)
        shifted = cube - peak
        sums = _sequential_sum(_mixed_exp(shifted, vector))
        logs = logf(sums) if data.dtype == np.float32 else log_double(sums)
        shifted -= logs[:, None, :]
    return shifted.reshape(data.shape)


def logsumexp_exact(data: np.ndarray, peak: np.ndarray, dims) -> np.ndarray:
    """ATen's ``logsumexp_out_impl`` (keepdim shape): amax with ``|max| == inf``
    masked to 0, PyTorch's exp kernel (MKL VML), torch.sum's cascade, its log
    kernel, plus the max."""
    from . import trig_kernels  # noqa: PLC0415
    from .cascade_sum import torch_sum  # noqa: PLC0415

    peak = np.where(np.isinf(peak), 0, peak).astype(data.dtype)
    shifted = data - peak  # NumPy's order K: the input's layout, as TensorIterator's output
    exps = np.empty_like(shifted)  # the sum's order follows that layout (a transposed input)
    exps[...] = trig_kernels.vml_unary("Exp", lambda xp, x: xp.exp(x))(np, shifted)
    total = torch_sum(np, exps, dims, keepdim=True)
    return trig_kernels.vml_unary("Ln", lambda xp, x: xp.log(x))(np, total) + peak
