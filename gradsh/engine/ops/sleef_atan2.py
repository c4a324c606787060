"""``torch.atan2`` on float32 and float64 as PyTorch 2.13's CPU kernel computes it.

``atan2_kernel`` (``BinaryOpsKernel.cpp``) is a ``cpu_kernel_vec`` loop
registered with ``ALSO_REGISTER_AVX512_DISPATCH``: on an AVX512 machine
``Vectorized<float>::atan2`` is ``Sleef_atan2f16_u10`` (SLEEF 3.8's
``xatan2f_u1``) on blocks of ``2 * 16`` elements, ``Vectorized<double>::atan2``
``Sleef_atan2d8_u10`` (``xatan2_u1``) on blocks of ``2 * 8``; the rest of each
inner-loop row is ``std::atan2``, glibc's ``atan2f`` / ``atan2`` (NumPy's
``arctan2`` is its own SIMD code and differs from both). The split is
``sleef_pow.vector_mask``'s.

``atan2kf_u1`` / ``atan2k_u1``: the quadrant count ``q``, ``s / t`` of the
smaller by the larger coordinate in float-float (double-double), its
square, a polynomial (Horner with FMA for float, SLEEF's Estrin ``POLY16``
plus four FMAs for double), then ``s + s * t * u`` and ``q * pi/2`` added in
the wide format. Helpers: ``sleef_trig``/``sleef_pow`` (float32),
``sleef_double`` (float64).
"""
from __future__ import annotations

import numpy as np

from .. import numerics
from ..random.exact import fma32
from . import sleef_double as dd
from . import sleef_pow
from .sleef_trig import (_df_add_f_df, _df_add_f_f, _df_mul_df_df, _df_mul_df_f, _df_normalize,
                         _df_square)

f32 = np.float32
_ATANF_POLY = [f32(c) for c in (
    -0.00176397908944636583328247, 0.0107900900766253471374512, -0.0309564601629972457885742,
    0.0577365085482597351074219, -0.0838950723409652709960938, 0.109463557600975036621094,
    -0.142626821994781494140625, 0.199983194470405578613281)]
_ATAN_POLY = (1.06298484191448746607415e-05, -0.000125620649967286867384336,
              0.00070557664296393412389774, -0.00251865614498713360352999,
              0.00646262899036991172313504, -0.0128281333663399031014274,
              0.0208024799924145797902497, -0.0289002344784740315686289,
              0.0359785005035104590853656, -0.041848579703592507506027,
              0.0470843011653283988193763, -0.0524914210588448421068719,
              0.0587946590969581003860434, -0.0666620884778795497194182,
              0.0769225330296203768654095, -0.0909090442773387574781907)
_ATAN_TAIL = (0.111111108376896236538123, -0.142857142756268568062339,
              0.199999999997977351284817, -0.333333333333317605173818)


def _visinf2(d, m, int_type):
    """visinf2: where d is infinite, m with d's sign bit or-ed in, else +0."""
    sign = d.view(int_type) & int_type(np.iinfo(int_type).min)
    bits = np.where(np.isinf(d), m.view(int_type) | sign, int_type(0))
    return bits.view(d.dtype)


def _finish(r, y, x, pi, int_type):
    """xatan2(f)_u1 after atan2k: the sign and the special operands."""
    dtype = r.dtype.type
    half_pi, quarter_pi = dtype(np.pi / 2), dtype(np.pi / 4)
    mulsign = sleef_pow._mulsign if dtype is f32 else dd.mulsign
    r = mulsign(r, x)
    at_axis = half_pi - _visinf2(x, mulsign(np.full_like(x, half_pi), x), int_type)
    r = np.where(np.isinf(x) | (x == 0), at_axis, r)
    r = np.where(np.isinf(y), half_pi - _visinf2(x, mulsign(np.full_like(x, quarter_pi), x),
                                                 int_type), r)
    r = np.where(y == 0, np.where(np.signbit(x), pi, dtype(0)), r)
    r = mulsign(r, y)
    return np.where(np.isnan(x) | np.isnan(y), int_type(-1).view(r.dtype), r)


# ------------------------------------------------------------------ float
def _atan2kf_u1(y, x):
    """atan2kf_u1 on (|y|, 0) and (x, 0)."""
    q = np.where(x < 0, np.int32(-2), np.int32(0))
    negative = x < 0
    x = (np.where(negative, -x, x), np.where(negative, f32(-0.0), f32(0)))
    y = (y, np.zeros_like(y))
    q = np.where(x[0] < y[0], q + 1, q)
    p = x[0] < y[0]
    s = (np.where(p, -x[0], y[0]), np.where(p, -x[1], y[1]))
    t = (np.where(p, y[0], x[0]), np.where(p, y[1], x[1]))
    s = sleef_pow._df_div(s, t)
    t = _df_normalize(_df_square(s))
    u = np.full(t[0].shape, _ATANF_POLY[0])
    for c in _ATANF_POLY[1:]:
        u = fma32(u, t[0], c)
    t = _df_mul_df_df(t, _df_add_f_f(f32(-0.333332866430282592773438), u * t[0]))
    t = _df_mul_df_df(s, _df_add_f_df(f32(1), t))
    quadrant = _df_mul_df_f((f32(1.5707963705062866211), f32(-4.3711388286737928865e-08)),
                            q.astype(np.float32))
    return sleef_pow._df_add_df_df(quadrant, t)


def atan2f(y: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Sleef_atan2f16_u10 (xatan2f_u1) elementwise on broadcastable float32 arrays."""
    y, x = np.broadcast_arrays(np.asarray(y, np.float32), np.asarray(x, np.float32))
    with np.errstate(all="ignore"):
        tiny = np.abs(x) < f32(2.9387372783541830947e-39)
        x = np.where(tiny, x * f32(1 << 24), x)
        y = np.where(tiny, y * f32(1 << 24), y)
        d = _atan2kf_u1(np.abs(y), x)
        return _finish(d[0] + d[1], y, x, f32(np.pi), np.int32).astype(np.float32)


# ----------------------------------------------------------------- double
def _atan2k_u1(y, x):
    """atan2k_u1 on (|y|, 0) and (x, 0)."""
    q = np.where(np.signbit(x), -2, 0)
    negative = x < 0
    x = (np.where(negative, -x, x), np.where(negative, -0.0, 0.0))
    y = (y, np.zeros_like(y))
    q = np.where(x[0] < y[0], q + 1, q)
    p = x[0] < y[0]
    s = dd.select(p, (-x[0], -x[1]), y)
    t = dd.select(p, y, x)
    s = dd.div(s, t)
    t = dd.normalize(dd.square(s))
    t2 = t[0] * t[0]
    t4 = t2 * t2
    t8 = t4 * t4
    c = _ATAN_POLY
    u = dd.fma(t8, dd.poly8(t[0], t2, t4, c[:8]), dd.poly8(t[0], t2, t4, c[8:]))  # POLY16
    for k in _ATAN_TAIL:
        u = dd.fma(u, t[0], k)
    t = dd.add_dd_dd(s, dd.mul_dd_d(dd.mul_dd_dd(s, t), u))
    quadrant = dd.mul_dd_d((1.570796326794896557998982, 6.12323399573676603586882e-17),
                           q.astype(np.float64))
    return dd.add_dd_dd(quadrant, t)


def atan2_double(y: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Sleef_atan2d8_u10 (xatan2_u1) elementwise on broadcastable float64 arrays."""
    y, x = np.broadcast_arrays(np.asarray(y, np.float64), np.asarray(x, np.float64))
    with np.errstate(all="ignore"):
        tiny = np.abs(x) < 5.5626846462680083984e-309
        x = np.where(tiny, x * float(1 << 53), x)
        y = np.where(tiny, y * float(1 << 53), y)
        d = _atan2k_u1(np.abs(y), x)
        return _finish(d[0] + d[1], y, x, np.float64(np.pi), np.int64)


# ------------------------------------------------------- kernels, split
def _glibc_atan2f(y, x):
    function = sleef_pow._glibc("atan2f", sleef_pow.ctypes.c_float, sleef_pow.ctypes.c_float)
    return np.fromiter(map(function, y.tolist(), x.tolist()), np.float32, count=y.size)


def _glibc_atan2(y, x):
    function = sleef_pow._glibc("atan2", sleef_pow.ctypes.c_double, sleef_pow.ctypes.c_double)
    return np.fromiter(map(function, y.tolist(), x.tolist()), np.float64, count=y.size)


def applies(xp, dtype) -> bool:
    """NumPy float32/float64 under ``:set numerics exact`` (fast: ``xp.arctan2``)."""
    return numerics.exact(xp) and dtype in (np.float32, np.float64)


def atan2(y: np.ndarray, x: np.ndarray) -> np.ndarray:
    """torch.atan2(y, x) on float32 or float64 NumPy arrays of one dtype."""
    shape = np.broadcast_shapes(y.shape, x.shape)
    with np.errstate(all="ignore"):
        if y.dtype == np.float32:
            return sleef_pow._by_path(shape, (y, x), atan2f, _glibc_atan2f)
        return sleef_pow._by_path(shape, (y, x), atan2_double, _glibc_atan2, dd.WIDTH,
                                  np.float64)
