"""float64 ``pow`` and ``sigmoid`` as PyTorch 2.13's CPU kernels compute them.

The kernels are ``sleef_pow``'s (``PowKernel.cpp``, the sigmoid kernel of
``UnaryOpsKernel.cpp``, ``cpu_kernel_vec`` registered for AVX512 too) at
double precision: 8-lane ``Vectorized<double>``, so blocks of ``2 * 8 = 16``
elements of each inner-loop row take the vector op and the rest of the row
the scalar op (``sleef_pow.vector_mask`` with ``width=16``).

- ``pow``: vector ``Sleef_powd8_u10`` (SLEEF 3.8's ``xpow``: ``expk(logk(|x|)
  * y)`` in double-double arithmetic with FMA, ``logk`` in its AVX512F
  flavour, ``vgetexp``/``vgetmant``); scalar glibc ``pow``.
- ``sigmoid``: vector ``1 / (exp(-x) + 1)`` with ``Sleef_expd8_u10``
  (``xexp``, ``softmax_kernels.exp_double``); scalar ``1 / (1 + exp(-x))``
  with glibc ``exp``.

The double-double helpers follow ``dd.h`` (``ENABLE_FMA_DP``) step for step;
SLEEF is built with ``-ffp-contract=off``, so only its explicit FMAs fuse.
``fma`` takes ``exact.fma64``'s error-free steps (Dekker's product, Knuth's
sums, a round-to-odd middle term) without its range bookkeeping, ~2x
faster; the elements those steps cannot vouch for (a result that is not
finite from finite operands, a nonzero product under 2^-969) are redone
exactly with fractions. ``mul_error`` is the ``fma(x, y, -x*y)`` of the
products. ``sleef_atan2`` and ``softmax_kernels``' float64 exp/log use
these too.
"""
from __future__ import annotations

from fractions import Fraction

import numpy as np

from ..random.exact import _round_to_odd, fma32
from . import sleef_pow
# dd.h's ddadd2_vd2_vd_vd / ddadd2_vd2_vd2_vd are df.h's float formulas, dtype for dtype
from .sleef_trig import _df_add2_df_f as add2_dd_d, _df_add2_f_f as add2_d_d
from .softmax_kernels import exp_double

WIDTH = 16  # 2 * Vectorized<double>::size() in the AVX512 kernel
_SPLIT = 134217729.0  # 2^27 + 1
_R_LN2 = 1.442695040888963407359924681001892137426645954152985934135449406931
_L2U = .69314718055966295651160180568695068359375
_L2L = .28235290563031577122588448175013436025525412068e-12
_LOG_DBL_MAX = 709.782712893383996843
_LN2 = (0.693147180559945286226764, 2.319046813846299558417771e-17)
_TWO_THIRDS = (0.666666666666666629659233, 3.80554962542412056336616e-17)
_LOGK_POLY = (0.116255524079935043668677, 0.103239680901072952701192, 0.117754809412463995466069,
              0.13332981086846273921509, 0.153846227114512262845736,
              0.181818180850050775676507, 0.222222222230083560345903,
              0.285714285714249172087875, 0.400000000000000077715612)
_EXPK_POLY = (2.51069683420950419527139e-08, 2.76286166770270649116855e-07,
              2.75572496725023574143864e-06, 2.48014973989819794114153e-05,
              0.000198412698809069797676111, 0.0013888888939977128960529,
              0.00833333333332371417601081, 0.0416666666665409524128449,
              0.166666666666666740681535, 0.500000000000000999200722)
_ALL_ONES = np.int64(-1).view(np.float64)


# ------------------------------------------------------- exact fused ops
def _fraction_fma(a: float, b: float, c: float) -> float:
    if not np.isfinite(c):
        return c  # a * b finite: the infinity (or nan) wins
    exact = Fraction(a) * Fraction(b) + Fraction(c)
    try:
        value = float(exact)  # correctly rounded, subnormals included
    except OverflowError:
        return float("inf") if exact > 0 else float("-inf")
    return value


def _split(v):
    """Veltkamp's split of float64 values into 26- and 27-bit halves."""
    scaled = _SPLIT * v
    high = scaled - (scaled - v)
    return high, v - high


def _dekker(a, b, p):
    """``a * b - p`` for ``p = a * b`` rounded: exact unless a step overflows
    (then not finite) or the product is under 2^-969 (the low halves' product
    underflows)."""
    a_high, a_low = _split(a)
    b_high, b_low = _split(b)
    return ((a_high * b_high - p) + a_high * b_low + a_low * b_high) + a_low * b_low


def _exact_where_needed(result, a, b, c, p):
    """Redo with fractions the elements the error-free steps cannot vouch
    for: a result that is not finite, or a nonzero product under 2^-969.
    Operands that are not finite give ``a * b + c``, as the hardware does."""
    with np.errstate(invalid="ignore"):
        suspect = ~np.isfinite(result) | ((np.abs(p) <= 2.0 ** -969) & (a != 0) & (b != 0))
    if not suspect.any():
        return result
    a, b, c, p = (np.broadcast_to(v, result.shape) for v in (a, b, c, p))
    result = np.array(result, dtype=np.float64)
    finite = np.isfinite(a) & np.isfinite(b)
    plain = suspect & ~finite
    result[plain] = p[plain] + c[plain]
    where = np.nonzero(suspect & finite)
    parts = [v[where].tolist() for v in (a, b, c)]
    result[where] = [_fraction_fma(*t) for t in zip(*parts)]
    return result


def fma(a, b, c) -> np.ndarray:
    """float64 ``fma(a, b, c)``, correctly rounded (``exact.fma64``'s error-free
    steps: Dekker's product, two Knuth sums, a round-to-odd middle term)."""
    with np.errstate(all="ignore"):
        p = np.multiply(a, b, dtype=np.float64)
        error = _dekker(a, b, p)
        high = c + p
        virtual = high - c
        low = (c - (high - virtual)) + (p - virtual)
        middle = low + error
        virtual = middle - low
        middle_error = (low - (middle - virtual)) + (error - virtual)
        result = high + _round_to_odd(middle, middle_error)
    return _exact_where_needed(result, a, b, c, p)


def mul_error(x, y, s) -> np.ndarray:
    """``fma(x, y, -s)`` for ``s = x * y`` rounded: the product's exact error."""
    with np.errstate(all="ignore"):
        error = _dekker(x, y, s)
    return _exact_where_needed(error, x, y, -s, s)


# ------------------------------------------------- double-double (dd.h)
def add_d_dd(x, y):
    s = x + y[0]
    return s, ((x - s) + y[0]) + y[1]


def add_dd_dd(x, y):
    """ddadd_vd2_vd2_vd2 (|x| >= |y|): vadd_vd_4vd, left to right."""
    s = x[0] + y[0]
    return s, (((x[0] - s) + y[0]) + x[1]) + y[1]


def normalize(t):
    s = t[0] + t[1]
    return s, (t[0] - s) + t[1]


def div(n, d):
    """dddiv_vd2_vd2_vd2 (ENABLE_FMA_DP)."""
    t = 1.0 / d[0]
    s = n[0] * t
    u = mul_error(t, n[0], s)
    v = fma(-d[1], t, fma(-d[0], t, 1.0))
    return s, fma(s, v, fma(n[1], t, u))


def square(x):
    s = x[0] * x[0]
    return s, fma(x[0] + x[0], x[1], mul_error(x[0], x[0], s))


def mul_dd_dd(x, y):
    s = x[0] * y[0]
    return s, fma(x[0], y[1], fma(x[1], y[0], mul_error(x[0], y[0], s)))


def mul_dd_d(x, y):
    s = x[0] * y
    return s, fma(x[1], y, mul_error(x[0], y, s))


def select(mask, x, y):
    return np.where(mask, x[0], y[0]), np.where(mask, x[1], y[1])


def poly8(x, x2, x4, c):
    """SLEEF's Estrin POLY8 (c7 first), every MLA a fused multiply-add."""
    def poly4(k):
        return fma(x2, fma(x, c[k], c[k + 1]), fma(x, c[k + 2], c[k + 3]))
    return fma(x4, poly4(0), poly4(4))


def mulsign(x, y):
    sign = y.view(np.int64) & np.int64(-0x8000000000000000)
    return (x.view(np.int64) ^ sign).view(np.float64)


# ----------------------------------------------------------------- SLEEF
def exponent_mantissa(d):
    """SLEEF's AVX512F split of d > 0 for its logs: e = vgetexp(d / 0.75) and
    m = vgetmant(d) in [0.75, 1.5), so that d = m * 2^e."""
    with np.errstate(divide="ignore", invalid="ignore"):
        scaled = d * (1.0 / 0.75)
        _, e = np.frexp(scaled)
        mantissa, _ = np.frexp(d)
    e = np.where(np.isinf(scaled), 1024.0, (e - 1).astype(np.float64))
    m = mantissa * 2.0
    return e, np.where(m >= 1.5, m * 0.5, m)


def _logk(d):
    """logk for d = |x|, AVX512F flavour: vgetexp(d / 0.75), vgetmant in [0.75, 1.5)."""
    e, m = exponent_mantissa(d)
    x = div(add2_d_d(-1.0, m), add2_d_d(1.0, m))
    x2 = square(x)
    x4 = x2[0] * x2[0]
    x8 = x4 * x4
    x16 = x8 * x8
    t = fma(x16, _LOGK_POLY[0], poly8(x2[0], x4, x8, _LOGK_POLY[1:]))  # POLY9
    s = mul_dd_d(_LN2, e)
    s = add_dd_dd(s, (x[0] * 2.0, x[1] * 2.0))
    x = mul_dd_dd(x2, x)
    s = add_dd_dd(s, mul_dd_dd(x, _TWO_THIRDS))
    x = mul_dd_dd(x2, x)
    return add_dd_dd(s, mul_dd_d(x, t))


def _expk(d):
    """expk on a double-double argument."""
    dq = np.rint((d[0] + d[1]) * _R_LN2)
    s = add2_dd_d(d, dq * -_L2U)
    s = add2_dd_d(s, dq * -_L2L)
    s = normalize(s)
    s2 = s[0] * s[0]
    s4 = s2 * s2
    s8 = s4 * s4
    c = _EXPK_POLY
    u = fma(s8, fma(s[0], c[0], c[1]), poly8(s[0], s2, s4, c[2:]))  # POLY10
    t = add_d_dd(1.0, s)
    t = add_dd_dd(t, mul_dd_d(square(s), u))
    u = t[0] + t[1]
    q = np.nan_to_num(dq, nan=0.0, posinf=0.0, neginf=0.0)
    q = np.clip(q, -4000, 4000).astype(np.int64)
    half = q >> 1  # vldexp2: two powers of two
    u = u * np.ldexp(1.0, half) * np.ldexp(1.0, q - half)
    return np.where(d[0] < -1000, 0.0, u)


def pow_double(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Sleef_powd8_u10 (xpow) elementwise on broadcastable float64 arrays."""
    x, y = np.broadcast_arrays(np.asarray(x, np.float64), np.asarray(y, np.float64))
    with np.errstate(all="ignore"):
        yisint = np.rint(y) == y
        half = y * 0.5
        yisodd = (np.rint(half) != half) & yisint
        d = mul_dd_d(_logk(np.abs(x)), y)
        result = _expk(d)
        result = np.where(d[0] > _LOG_DBL_MAX, np.inf, result)
        sign = np.where(yisint, np.where(yisodd, -1.0, 1.0), np.nan)
        result = result * np.where(x > 0, 1.0, sign)
        efx = mulsign(np.abs(x) - 1.0, y)
        at_inf = np.where(efx < 0, 0.0, np.where(efx == 0, 1.0, np.inf))
        result = np.where(np.isinf(y), at_inf, result)
        zero = x == 0
        edge = mulsign(np.where(np.signbit(y) ^ zero, 0.0, np.inf), np.where(yisodd, x, 1.0))
        result = np.where(np.isinf(x) | zero, edge, result)
        result = np.where(np.isnan(x) | np.isnan(y), _ALL_ONES, result)
        return np.where((y == 0) | (x == 1), 1.0, result)


# ------------------------------------------------------- kernels, split
def _glibc_pow(x, y):
    function = sleef_pow._glibc("pow", sleef_pow.ctypes.c_double, sleef_pow.ctypes.c_double)
    return np.fromiter(map(function, x.tolist(), y.tolist()), np.float64, count=x.size)


def _glibc_exp(x):
    function = sleef_pow._glibc("exp", sleef_pow.ctypes.c_double, sleef_pow.ctypes.c_double)
    return np.fromiter(map(function, x.tolist()), np.float64, count=x.size)


def pow_tensor_tensor(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """torch.pow(float64 tensor, float64 tensor): SLEEF pow / glibc pow."""
    x, y = np.asarray(x, np.float64), np.asarray(y, np.float64)
    shape = np.broadcast_shapes(x.shape, y.shape)
    with np.errstate(all="ignore"):
        return sleef_pow._by_path(shape, (x, y), pow_double, _glibc_pow, WIDTH, np.float64)


def pow_tensor_scalar(x: np.ndarray, exponent: float) -> np.ndarray:
    """torch.pow(float64 tensor, number) outside ATen's special exponents."""
    x = np.asarray(x, np.float64)
    y = np.float64(exponent)
    with np.errstate(all="ignore"):
        return sleef_pow._by_path(x.shape, (x,), lambda v: pow_double(v, y),
                                  lambda v: _glibc_pow(v, np.full(v.shape, y)),
                                  WIDTH, np.float64)


def _sigmoid_vector(x):
    return 1.0 / (exp_double(-x) + 1.0)  # x.neg(), as the float32 kernel


def _sigmoid_scalar(x):
    return 1.0 / (1.0 + _glibc_exp(-x))


def sigmoid(x: np.ndarray) -> np.ndarray:
    """torch.sigmoid on a float64 array: SLEEF exp / glibc exp."""
    x = np.asarray(x, np.float64)
    with np.errstate(all="ignore"):
        return sleef_pow._by_path(x.shape, (x,), _sigmoid_vector, _sigmoid_scalar,
                                  WIDTH, np.float64)


def _exp_kernels(dtype):
    """(one, SLEEF exp, glibc exp, block width) for float32 or float64."""
    if dtype == np.float32:
        return np.float32(1), sleef_pow.expf, sleef_pow._glibc_expf, 2 * sleef_pow.LANES
    return 1.0, exp_double, _glibc_exp, WIDTH


def silu(x: np.ndarray) -> np.ndarray:
    """F.silu on a float32 or float64 array as ATen's ``silu_kernel``: vector
    ``x / (1 + exp(-x))`` with SLEEF's exp on blocks of 32 / 16 elements (the
    AVX512 build), scalar ``x / (1 + std::exp(-x))`` with glibc's."""
    one, vector_exp, scalar_exp, width = _exp_kernels(x.dtype)
    with np.errstate(all="ignore"):
        return sleef_pow._by_path(x.shape, (x,), lambda v: v / (one + vector_exp(-v)),
                                  lambda v: v / (one + scalar_exp(-v)), width, x.dtype.type)


def silu_backward(grad: np.ndarray, x: np.ndarray) -> np.ndarray:
    """ATen's ``silu_backward_kernel``: ``dy * s * (1 + x * (1 - s))`` with
    ``s = 1 / (1 + exp(-x))`` (SLEEF exp on the vector blocks, glibc on the
    rest); the compiler fuses ``1 + x * (1 - s)`` into one multiply-add on
    both paths (measured: every element, float32 and float64)."""
    one, vector_exp, scalar_exp, width = _exp_kernels(x.dtype)
    fused = fma32 if x.dtype == np.float32 else fma

    def kernel(exp):
        def run(dy, v):
            s = one / (one + exp(-v))
            return dy * s * fused(v, one - s, one)
        return run
    shape = np.broadcast_shapes(grad.shape, x.shape)
    with np.errstate(all="ignore"):
        return sleef_pow._by_path(shape, (grad, x), kernel(vector_exp), kernel(scalar_exp),
                                  width, x.dtype.type)
