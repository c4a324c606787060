"""``log1p`` and ``expm1`` as PyTorch 2.13's CPU kernels compute them.

``UnaryOpsKernel.cpp`` routes both through ``vml::vlog1p``/``vexpm1``, and
``vml.h`` leaves their MKL specialisations commented out ("Not vectorized in
MKL version tested", "expm1(nan) = -1 on some configs"), so even the MKL
build runs ``vec::map`` with ``Vectorized<T>::log1p()``/``expm1()``: SLEEF
3.8's ``Sleef_log1pf16_u10``/``Sleef_expm1f16_u10`` (float32) and
``Sleef_log1pd8_u10``/``Sleef_expm1d8_u10`` (float64) on an AVX512 machine.
``vec::map`` sends the tail through the same vector function on a partly
loaded vector, and strided tensors go through a contiguous buffer, so every
element takes SLEEF's lane-wise function: no block split to model. A PyTorch
built without MKL runs the same code, so these bits do not depend on MKL.

The functions below are SLEEF's ``xlog1pf``, ``xexpm1f``, ``xlog1p`` and
``xexpm1`` step for step, in the AVX512F flavour (``vgetexp`` for the
exponent; the AVX2 build differs only in NaN bits), with the ``df.h`` /
``dd.h`` float-float helpers of ``ENABLE_FMA_SP``/``ENABLE_FMA_DP`` (SLEEF is
built with ``-ffp-contract=off``: only its explicit FMAs fuse; ``fma32``
and ``fma64`` give them exactly). NaN results are PyTorch's measured bits: a
NaN input comes back quieted, float32 ``log1p`` of ``x < -1`` is all-ones,
float64 ``log1p`` of ``x < -1`` or NaN is the default NaN.
"""
from __future__ import annotations

import numpy as np

from ..random.exact import fma32, fma32_exact_sum, fma64
from . import trig_kernels
from .pointwise import in_chunks

f32, f64 = np.float32, np.float64
_INT_MIN = np.int32(-0x80000000)
_LOG1PF_BOUND = f32(float.fromhex("0x1.2ced32p+126"))  # 1e38: above it, logf(d)
_LOG1P_BOUND = float.fromhex("0x1.c7b1f3cac7433p+1019")  # 1e307
_LN2F = (f32(0.69314718246459960938), f32(-1.904654323148236017e-09))
_LN2D = (0.693147180559945286226764, 2.319046813846299558417771e-17)
_LOG1PF_POLY = (f32(0.3027294874), f32(0.3996108174), f32(0.6666694880))
_LOG1PD_POLY = (0.1532076988502701353e+0, 0.1525629051003428716e+0, 0.1818605932937785996e+0,
                0.2222214519839380009e+0, 0.2857142932794299317e+0, 0.3999999999635251990e+0,
                0.6666666666667333541e+0)  # c6 .. c0 of POLY7
_R_LN2F, _L2UF, _L2LF = (f32(1.442695040888963407359924681001892137426645954152985934135449406931),
                         f32(0.693145751953125), f32(1.428606765330187045e-06))
_R_LN2, _L2U, _L2L = (1.442695040888963407359924681001892137426645954152985934135449406931,
                      .69314718055966295651160180568695068359375,
                      .28235290563031577122588448175013436025525412068e-12)
_EXPK2F_POLY = (f32(0.1980960224e-3), f32(0.1394256484e-2), f32(0.8333456703e-2),
                f32(0.4166637361e-1))
_EXPK2D_POLY = (+0.1602472219709932072e-9, +0.2092255183563157007e-8, +0.2505230023782644465e-7,
                +0.2755724800902135303e-6, +0.2755731892386044373e-5, +0.2480158735605815065e-4,
                +0.1984126984148071858e-3, +0.1388888888886763255e-2, +0.8333333333333347095e-2,
                +0.4166666666666669905e-1)  # c9 .. c0 of POLY10


# ------------------------------------------------ df.h / dd.h (FMA flavour)
# Pairs (hi, lo) of arrays of one dtype; ``fma`` is fma32 or fma64.
def _add(x, y):  # df/ddadd_v2_v_v: x + y, |x| >= |y|
    s = x + y
    return s, (x - s) + y


def _add_v_v2(x, y):  # dfadd_vf2_vf_vf2
    s = x + y[0]
    return s, ((x - s) + y[0]) + y[1]


def _add_v2_v(x, y):  # dfadd_vf2_vf2_vf
    s = x[0] + y
    return s, ((x[0] - s) + y) + x[1]


def _add_v2_v2(x, y):  # dfadd_vf2_vf2_vf2
    s = x[0] + y[0]
    return s, (((x[0] - s) + y[0]) + x[1]) + y[1]


def _add2_v2_v(x, y):  # dfadd2_vf2_vf2_vf (any magnitudes)
    s = x[0] + y
    v = s - x[0]
    return s, ((x[0] - (s - v)) + (y - v)) + x[1]


def _add2_v2_v2(x, y):  # dfadd2_vf2_vf2_vf2
    s = x[0] + y[0]
    v = s - x[0]
    return s, ((x[0] - (s - v)) + (y[0] - v)) + (x[1] + y[1])


_SPLIT = 134217729.0  # 2^27 + 1, Veltkamp's splitter


def _error(x, y, s):
    """fma(x, y, -s) for s = x * y rounded: the product's exact error. float32:
    the float64 difference is exact and rounds once, as the FMA does; float64:
    Dekker's product, with fma64 where its range ends (huge or tiny products)."""
    if s.dtype == f32:
        return fma32_exact_sum(x, y, -s)
    x, y = np.asarray(x, dtype=f64), np.asarray(y, dtype=f64)
    scaled = _SPLIT * x
    xh = scaled - (scaled - x)
    scaled = _SPLIT * y
    yh = scaled - (scaled - y)
    error = ((xh * yh - s) + xh * (y - yh) + (x - xh) * yh) + (x - xh) * (y - yh)
    outside = ~((np.abs(x) < 2.0 ** 995) & (np.abs(y) < 2.0 ** 995)
                & ((np.abs(s) > 2.0 ** -969) | (s == 0)) & np.isfinite(error))
    return np.where(outside, fma64(x, y, -s), error) if outside.any() else error


def _mul_v2_v(fma, x, y):  # dfmul_vf2_vf2_vf
    s = x[0] * y
    return s, fma(x[1], y, _error(x[0], y, s))


def _mul_v2_v2(fma, x, y):  # dfmul_vf2_vf2_vf2
    s = x[0] * y[0]
    return s, fma(x[0], y[1], fma(x[1], y[0], _error(x[0], y[0], s)))


def _square(fma, x):  # dfsqu_vf2_vf2
    s = x[0] * x[0]
    return s, fma(x[0] + x[0], x[1], _error(x[0], x[0], s))


def _div_v_v2(fma, n, d):  # dfdiv_vf2_vf2_vf2 with a zero low part in n
    t = 1 / d[0]
    s = n * t
    u = _error(t, n, s)
    v = fma(-d[1], t, fma(-d[0], t, 1))
    return s, fma(s, v, u)


# ------------------------------------------------------------- shared steps
def _getexp(y, dtype):
    """vgetexp: floor(log2|y|) as a float (subnormals too), -inf at 0, +inf at inf."""
    _, exponent = np.frexp(y)
    e = (exponent - 1).astype(dtype)
    e = np.where(y == 0, dtype(-np.inf), e)
    return np.where(np.isinf(y), dtype(np.inf), np.where(np.isnan(y), y, e))


def _rint_int32(v):
    """_mm512_cvt{ps,pd}_epi32 of round-to-nearest: INT_MIN out of range, NaN."""
    ok = np.abs(v) < 2.0 ** 31
    return np.where(ok, np.rint(np.where(ok, v, 0)).astype(np.int32), _INT_MIN)


def _quiet(d):
    """A NaN input's bits with the quiet bit set (what the lanes propagate)."""
    unsigned = np.uint32 if d.dtype == f32 else np.uint64
    quiet_bit = unsigned(1 << (22 if d.dtype == f32 else 51))
    return (d.view(unsigned) | quiet_bit).view(d.dtype)


def _inverse_power(e, dtype):
    """vldexp3(1, -rint(e)): the exponent field of 1.0 plus -q (wrapping ints)."""
    q = (-_rint_int32(e).astype(np.int64)).astype(np.uint32)  # wraps like vneg_vi2
    if dtype == f32:
        return (np.uint32(0x3F800000) + (q << np.uint32(23))).view(f32)
    high = (q << np.uint32(20)).astype(np.uint64) << np.uint64(32)
    return (np.uint64(0x3FF0000000000000) + high).view(f64)


# -------------------------------------------------------------------- log1p
def log1pf(d: np.ndarray) -> np.ndarray:
    """``Sleef_log1pf16_u10`` (``xlog1pf``, AVX512F flavour) on float32."""
    from .softmax_kernels import logf  # noqa: PLC0415 - SLEEF's xlogf_u1, beyond 1e38

    d = np.asarray(d, dtype=f32)
    with np.errstate(all="ignore"):
        e = _getexp((d + f32(1)) * f32(1.0 / 0.75), f32)
        e = np.where(np.isposinf(e), f32(128), e)
        t = _inverse_power(e, f32)
        m = fma32(d, t, t - f32(1))
        s = _mul_v2_v(fma32, _LN2F, e)
        x = _div_v_v2(fma32, m, _add(f32(2), m))
        x2 = x[0] * x[0]
        p = fma32(fma32(np.full(d.shape, _LOG1PF_POLY[0]), x2, _LOG1PF_POLY[1]), x2,
                  _LOG1PF_POLY[2])
        s = _add_v2_v2(s, (x[0] * f32(2), x[1] * f32(2)))
        s = _add_v2_v(s, (x2 * x[0]) * p)
        r = s[0] + s[1]
        beyond = ~(d <= _LOG1PF_BOUND) & ~np.isnan(d)
        if beyond.any():
            r[beyond] = logf(d[beyond])
        r = np.where(d < f32(-1), np.array(-1, np.int32).view(f32), r)
        r = np.where(d == f32(-1), f32(-np.inf), r)
        r = np.where((d == 0) & np.signbit(d), f32(-0.0), r)
        return np.where(np.isnan(d), _quiet(d), r).astype(f32)


def log1p_double(d: np.ndarray) -> np.ndarray:
    """``Sleef_log1pd8_u10`` (``xlog1p``, AVX512F flavour) on float64."""
    from .softmax_kernels import log_double  # noqa: PLC0415 - xlog_u1, beyond 1e307

    d = np.asarray(d, dtype=f64)
    with np.errstate(all="ignore"):
        e = _getexp((d + 1.0) * (1.0 / 0.75), f64)
        e = np.where(np.isposinf(e), 1024.0, e)
        t = _inverse_power(e, f64)
        m = fma64(d, t, t - 1.0)
        s = _mul_v2_v(fma64, _LN2D, e)
        x = _div_v_v2(fma64, m, _add(2.0, m))
        x2 = x[0] * x[0]
        x4 = x2 * x2
        x8 = x4 * x4
        c = _LOG1PD_POLY
        poly3 = fma64(x4, c[0], fma64(x2, c[1], c[2]))
        poly4 = fma64(x4, fma64(x2, c[3], c[4]), fma64(x2, c[5], c[6]))
        p = fma64(x8, poly3, poly4)
        s = _add_v2_v2(s, (x[0] * 2.0, x[1] * 2.0))
        s = _add_v2_v(s, (x2 * x[0]) * p)
        r = s[0] + s[1]
        beyond = d > _LOG1P_BOUND
        if beyond.any():
            r[beyond] = log_double(d[beyond])
        r = np.where((d < -1.0) | np.isnan(d), np.nan, r)
        r = np.where(d == -1.0, -np.inf, r)
        return np.where((d == 0) & np.signbit(d), -0.0, r).astype(f64)


# -------------------------------------------------------------------- expm1
def _expk2f(a):
    """expk2f((a, 0)): e^a as a float-float pair."""
    q = _rint_int32(a * _R_LN2F)
    qf = q.astype(f32)
    s = _add2_v2_v((a, np.zeros_like(a)), qf * -_L2UF)
    s = _add2_v2_v(s, qf * -_L2LF)
    u = np.full(a.shape, _EXPK2F_POLY[0])
    for coefficient in _EXPK2F_POLY[1:]:
        u = fma32(u, s[0], coefficient)
    t = _add2_v2_v(_mul_v2_v(fma32, s, u), f32(0.166666659414234244790680580464))
    t = _add2_v2_v(_mul_v2_v2(fma32, s, t), f32(0.5))
    t = _add2_v2_v2(s, _mul_v2_v2(fma32, _square(fma32, s), t))
    t = _add_v_v2(f32(1), t)
    half = q >> 1
    scale = (((half + 0x7F) << 23).view(f32), (((q - half) + 0x7F) << 23).view(f32))
    low = a < f32(-104)
    return tuple(np.where(low, f32(0), part * scale[0] * scale[1]) for part in t)


def expm1f(a: np.ndarray) -> np.ndarray:
    """``Sleef_expm1f16_u10`` (``xexpm1f``) on float32."""
    a = np.asarray(a, dtype=f32)
    with np.errstate(all="ignore"):
        d = _add2_v2_v(_expk2f(a), f32(-1))
        x = d[0] + d[1]
        x = np.where(a > f32(88.72283172607421875), f32(np.inf), x)
        x = np.where(a < f32(-16.635532333438687426013570), f32(-1), x)
        x = np.where((a == 0) & np.signbit(a), f32(-0.0), x)
        return np.where(np.isnan(a), _quiet(a), x).astype(f32)


def _expk2(a):
    """expk2((a, 0)) in double-double."""
    dq = np.rint(a * _R_LN2)
    q = _rint_int32(dq).astype(np.int64)
    s = _add2_v2_v((a, np.zeros_like(a)), dq * -_L2U)
    s = _add2_v2_v(s, dq * -_L2L)
    s2 = _square(fma64, s)
    s4 = _square(fma64, s2)
    s8 = s4[0] * s4[0]
    x, x2, x4, c = s[0], s2[0], s4[0], _EXPK2D_POLY

    def poly4(c3, c2, c1, c0):
        return fma64(x2, fma64(x, c3, c2), fma64(x, c1, c0))

    u = fma64(s8, fma64(x, c[0], c[1]), fma64(x4, poly4(*c[2:6]), poly4(*c[6:10])))
    t = _add_v_v2(0.5, _mul_v2_v(fma64, s, 0.1666666666666666574e+0))
    t = _add_v_v2(1.0, _mul_v2_v2(fma64, t, s))
    t = _add_v_v2(1.0, _mul_v2_v2(fma64, t, s))
    t = _add_v2_v2(t, _mul_v2_v(fma64, s4, u))
    half = q >> 1
    scale = (np.ldexp(1.0, half), np.ldexp(1.0, q - half))
    low = a < -1000.0
    return tuple(np.where(low, 0.0, part * scale[0] * scale[1]) for part in t)


def expm1_double(a: np.ndarray) -> np.ndarray:
    """``Sleef_expm1d8_u10`` (``xexpm1``) on float64."""
    a = np.asarray(a, dtype=f64)
    with np.errstate(all="ignore"):
        d = _add2_v2_v(_expk2(a), -1.0)
        x = d[0] + d[1]
        x = np.where(a > 709.782712893383996732223, np.inf, x)
        x = np.where(a < -36.736800569677101399113302437, -1.0, x)
        x = np.where((a == 0) & np.signbit(a), -0.0, x)
        return np.where(np.isnan(a), _quiet(a), x).astype(f64)


# ------------------------------------------------------------ the kernels
_EXACT = {"log1p": {f32: log1pf, f64: log1p_double}, "expm1": {f32: expm1f, f64: expm1_double}}


def kernel(name: str):
    """``torch.<name>``'s CPU kernel on an array: the SLEEF emulation for
    float32/float64 NumPy arrays (float16 through float32 and rounded once,
    as ``vec::map`` converts ``Half``), ``xp.<name>`` for CuPy, complex and
    integer arrays, and for every array in the ``numpy`` flavour
    (``GRADSH_TRIG=numpy``, ``trig_kernels.flavour``)."""
    def apply(xp, x):
        numpy_function = getattr(xp, name)
        if xp is not np or x.dtype not in (np.float16, np.float32, np.float64) \
                or trig_kernels.flavour() == "numpy":
            return xp.asarray(numpy_function(x))
        exact = _EXACT[name][f64 if x.dtype == f64 else f32]
        flat = np.ascontiguousarray(x, dtype=f64 if x.dtype == f64 else f32).reshape(-1)
        out = in_chunks(exact, [flat], flat.dtype)
        return out.astype(x.dtype, copy=False).reshape(x.shape)
    return apply
