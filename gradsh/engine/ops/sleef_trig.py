"""``sin`` and ``cos`` as PyTorch's CPU kernels compute them: SLEEF 3.8's
``Sleef_sinf8_u10`` / ``Sleef_cosf8_u10`` (AVX2 with FMA), emulated in NumPy.

PyTorch 2.13 registers sin and cos "without AVX512", so an AVX512 machine
runs the AVX2 kernel: ``vml::vsin`` maps ``Vectorized<float>::sin()`` over
blocks of 8 (the tail padded with zeros), and that is ``Sleef_sinf8_u10``,
SLEEF's ``xsinf_u1`` (src/libm/sleefsimdsp.c) with float-float ("df")
arithmetic whose products fuse (``ENABLE_FMA_SP``; the rest of SLEEF is
built with ``-ffp-contract=off``, so only the explicit FMAs fuse). Every
step below is the C code's, in the same order and precision: float32
operations in NumPy float32, FMAs through ``fma32``.

Two reductions: Cody-Waite with three parts of pi (|x| < 125), and
Payne-Hanek (``rempif``, a 416-float table of 1/(2 pi)) otherwise. SLEEF's
non-deterministic build tests the whole 8-lane vector, so one lane with
|x| >= 125 (or inf or nan) sends its seven neighbours through ``rempif``
as well, which can move their last bit; the blocks are emulated too.
"""
from __future__ import annotations

import numpy as np

from ..random.exact import fma32, fma32_exact_sum

f32 = np.float32
LANES = 8  # Vectorized<float> in the AVX2 kernel

_REMPITAB_HEX = (
    "3e22f980335b93902782a5409b762a0c3d0be60c31dc9c8824a94fe0191d5f483d0be60c31dc9c8824a94fe0191d5f48"
    "3b3e60dcaed8ddf4a33580f4980a82e13b3e60dcaed8ddf4a33580f4980a82e13b3e60dcaed8ddf4a33580f4980a82e1"
    "3b3e60dcaed8ddf4a33580f4980a82e13a79836c2f13910423a53f8417eafa3f3a79836c2f13910423a53f8417eafa3f"
    "39f306dc2d9c88282294fe1496282e0b39660db82d9c88282294fe1496282e0b38cc1b702d9c88282294fe1496282e0b"
    "381836e42c6441502127f09c15afa3ea36c1b7242bc882a4201fc27414be8faa36c1b7242bc882a4201fc27414be8faa"
    "36c1b7242bc882a4201fc27414be8faa36036e4c2b110548201fc27414be8faa335b93902782a5409b762a0c0efa9a6f"
    "335b93902782a5409b762a0c0efa9a6f335b93902782a5409b762a0c0efa9a6f335b93902782a5409b762a0c0efa9a6f"
    "335b93902782a5409b762a0c0efa9a6f335b93902782a5409b762a0c0efa9a6f32b727202782a5409b762a0c0efa9a6f"
    "31dc9c8824a94fe0191d5f488c2cb22431dc9c8824a94fe0191d5f488c2cb2243139391024a94fe0191d5f488c2cb224"
    "3064e44024a94fe0191d5f488c2cb2243064e44024a94fe0191d5f488c2cb2242fc9c88024a94fe0191d5f488c2cb224"
    "2f13910423a53f8417eafa3c0ca9a6ee2d9c88282294fe1496282e088b32c8902d9c88282294fe1496282e088b32c890"
    "2d9c88282294fe1496282e088b32c8902c6441502127f09c15afa3e80a9a6ee02c6441502127f09c15afa3e80a9a6ee0"
    "2c6441502127f09c15afa3e80a9a6ee02bc882a4201fc27414be8fa8095377032b110548201fc27414be8fa809537703"
    "29882a549b762a0c0efa9a6c03b81b6c29882a549b762a0c0efa9a6c03b81b6c29882a549b762a0c0efa9a6c03b81b6c"
    "2782a5409b762a0c0efa9a6c03b81b6c2782a5409b762a0c0efa9a6c03b81b6c2782a5409b762a0c0efa9a6c03b81b6c"
    "2782a5409b762a0c0efa9a6c03b81b6c24a94fe0191d5f488c2cb2240006db1524a94fe0191d5f488c2cb2240006db15"
    "24a94fe0191d5f488c2cb2240006db1524a94fe0191d5f488c2cb2240006db1524a94fe0191d5f488c2cb2240006db15"
    "24a94fe0191d5f488c2cb2240006db1523a53f8417eafa3c0ca9a6ec0181b6c523a53f8417eafa3c0ca9a6ec0181b6c5"
    "2294fe1496282e088b32c8900006db152294fe1496282e088b32c8900006db152127f09c15afa3e80a9a6ee00006db15"
    "2127f09c15afa3e80a9a6ee00006db152127f09c15afa3e80a9a6ee00006db15201fc27414be8fa8095377000006db15"
    "201fc27414be8fa8095377000006db151efe13ac91382b2c8508fc90800004eb1efe13ac91382b2c8508fc90800004eb"
    "1efe13ac91382b2c8508fc90800004eb1e7c275891382b2c8508fc90800004eb1df84eb091382b2c8508fc90800004eb"
    "3d709d5c3251f534265dc0d81b58a5663ce13abc31a3ea68265dc0d81b58a5663c42757c308fa9a425bb81b41ab14acd"
    "3b84eaf8308fa9a425bb81b41ab14acd391d5f48ac2cb2241e5b629412cc9e22391d5f48ac2cb2241e5b629412cc9e22"
    "391d5f48ac2cb2241e5b629412cc9e22391d5f48ac2cb2241e5b629412cc9e22391d5f48ac2cb2241e5b629412cc9e22"
    "37eafa3c2ca9a6ec2181b6c41615993c37eafa3c2ca9a6ec2181b6c41615993c37eafa3c2ca9a6ec2181b6c41615993c"
    "3755f47c2ba69bb81e5b629412cc9e2236abe8f82ba69bb81e5b629412cc9e2235afa3e82a9a6ee01e5b629412cc9e22"
    "35afa3e82a9a6ee01e5b629412cc9e2234be8fa8295377001e5b629412cc9e2234be8fa8295377001e5b629412cc9e22"
    "33fa3ea428a6ee041db6c52812cc9e2233fa3ea428a6ee041db6c52812cc9e2233747d4c279bb8181cdb14ac10c9e21d"
    "32e8fa98279bb8181cdb14ac10c9e21d3251f534265dc0d81b58a5641013c43931a3ea68265dc0d81b58a5641013c439"
    "308fa9a425bb81b41ab14acc0e9e21c8308fa9a425bb81b41ab14acc0e9e21c82efa9a6c23b81b6c1725664c0c443904"
    "2efa9a6c23b81b6c1725664c0c4439042efa9a6c23b81b6c1725664c0c4439042efa9a6c23b81b6c1725664c0c443904"
    "2e7534dc22e06db01725664c0c4439042dea69bca17c927495d4cd848ade37df2d54d3742240db601725664c0c443904"
    "2ca9a6ec2181b6c41615993c098720842ba69bb81e5b629412cc9e20076410802ba69bb81e5b629412cc9e2007641080"
    "2a9a6ee01e5b629412cc9e200764108000000000000000000000000000000000"
)

_TABLE = np.frombuffer(bytes.fromhex("".join(_REMPITAB_HEX)), dtype=">u4").astype(
    np.uint32).view(np.float32)  # Sleef_rempitabsp

_ONE_OVER_PI = f32(0.318309886183790671537767526745028724)
_PI_A2, _PI_B2, _PI_C2 = f32(3.1414794921875), f32(0.00011315941810607910156), \
    f32(1.9841872589410058936e-09)
_RANGE_MAX = f32(125.0)  # TRIGRANGEMAX2f
_ALL_ONES_NAN = np.array(-1, dtype=np.int32).view(np.float32)
_PI_HI, _PI_LO = f32(3.1415927410125732422), f32(-8.7422776573475857731e-08)
_POLY = [f32(c) for c in (2.6083159809786593541503e-06, -0.0001981069071916863322258,
                          0.00833307858556509017944336)]
_POLY_LAST = f32(-0.166666597127914428710938)


# ----------------------------------------------------------- df arithmetic
# Pairs (hi, lo) of float32 arrays, as SLEEF's vfloat2; names follow df.h.
def _mul_error(x, y, s):
    """fma(x, y, -s) for s = x * y rounded: the float64 difference is exact."""
    return fma32_exact_sum(x, y, -s)


def _df_add2_f_f(x, y):
    s = x + y
    v = s - x
    return s, (x - (s - v)) + (y - v)


def _df_add2_df_f(x, y):
    s = x[0] + y
    v = s - x[0]
    return s, ((x[0] - (s - v)) + (y - v)) + x[1]


def _df_add2_df_df(x, y):
    s = x[0] + y[0]
    v = s - x[0]
    t = (x[0] - (s - v)) + (y[0] - v)
    return s, t + (x[1] + y[1])


def _df_add_df_f(x, y):
    s = x[0] + y
    return s, ((x[0] - s) + y) + x[1]


def _df_add_f_f(x, y):
    s = x + y
    return s, (x - s) + y


def _df_add_f_df(x, y):
    s = x + y[0]
    return s, ((x - s) + y[0]) + y[1]


def _df_normalize(t):
    s = t[0] + t[1]
    return s, (t[0] - s) + t[1]


def _df_mul_f_f(x, y):
    s = x * y
    return s, _mul_error(x, y, s)


def _df_mul_df_f(x, y):
    s = x[0] * y
    return s, fma32(x[1], y, _mul_error(x[0], y, s))


def _df_mul_df_df(x, y):
    s = x[0] * y[0]
    return s, fma32(x[0], y[1], fma32(x[1], y[0], _mul_error(x[0], y[0], s)))


def _df_mul_to_f(x, y):
    return fma32(x[0], y[0], fma32(x[1], y[0], x[0] * y[1]))


def _df_square(x):
    s = x[0] * x[0]
    return s, fma32(x[0] + x[0], x[1], _mul_error(x[0], x[0], s))


def _df_select(mask, x, y):
    return np.where(mask, x[0], y[0]), np.where(mask, x[1], y[1])


# -------------------------------------------------------------- reductions
def _rempisub(x):
    """rempisubf (FULL_FP_ROUNDING): x minus its nearest quarter, and 4x's
    integer part modulo 4 as the quadrant count."""
    y = np.rint(x * f32(4))
    quadrant = (y - np.rint(x) * f32(4)).astype(np.int32)
    return x - y * f32(0.25), quadrant


def _rempi(a):
    """rempif: a (finite) as q quarter turns plus a df remainder in radians."""
    exponent = ((a.view(np.int32) >> 23) & 0xFF) - 0x7F - 25
    scale = np.where(exponent > 90 - 25, -64, 0).astype(np.int32)
    a = (a.view(np.int32) + (scale << 23)).view(np.float32)  # vldexp3
    index = np.maximum(exponent, 0) << 2
    x = _df_mul_f_f(a, _TABLE[index])
    head, q = _rempisub(x[0])
    x = _df_normalize((head, x[1]))
    x = _df_add2_df_df(x, _df_mul_f_f(a, _TABLE[index + 1]))
    head, q2 = _rempisub(x[0])
    q = q + q2
    x = _df_normalize((head, x[1]))
    x = _df_add2_df_df(x, _df_mul_df_f((_TABLE[index + 2], _TABLE[index + 3]), a))
    x = _df_normalize(x)
    x = _df_mul_df_df(x, (_PI_HI * f32(2), _PI_LO * f32(2)))
    small = np.abs(a) < f32(0.7)
    return _df_select(small, (a, np.zeros_like(a)), x), q


def _mulsign(value, sign_of):
    """vmulsign: value with its sign flipped where sign_of's sign bit is set."""
    return (np.full(sign_of.shape, value).view(np.int32)
            ^ (sign_of.view(np.int32) & np.int32(-0x80000000))).view(np.float32)


def _sin_cody_waite(d):
    u = np.rint(d * _ONE_OVER_PI)
    v = fma32(u, -_PI_A2, d)
    s = _df_add2_f_f(v, u * -_PI_B2)
    s = _df_add_df_f(s, u * -_PI_C2)
    return s, u.astype(np.int32)


def _sin_payne_hanek(d):
    x, quarters = _rempi(d)
    positive = x[0] > 0
    q = ((quarters & 3) * 2 + np.where(positive, 2, 1)) >> 2
    odd = (quarters & 1) == 1
    shift = (_mulsign(_PI_HI * f32(-0.5), x[0]), _mulsign(_PI_LO * f32(-0.5), x[0]))
    x = _df_select(odd, _df_add2_df_df(x, shift), x)
    return _df_normalize(x), q


def _cos_cody_waite(d):
    dq = np.rint(fma32(d, _ONE_OVER_PI, f32(-0.5))) * f32(2) + f32(1)  # fma(., 2, 1): exact
    s = _df_add2_f_f(d, dq * (-_PI_A2 * f32(0.5)))
    s = _df_add2_df_f(s, dq * (-_PI_B2 * f32(0.5)))
    s = _df_add2_df_f(s, dq * (-_PI_C2 * f32(0.5)))
    return s, dq.astype(np.int32)


def _cos_payne_hanek(d):
    x, quarters = _rempi(d)
    positive = x[0] > 0
    q = ((quarters & 3) * 2 + np.where(positive, 8, 7)) >> 1
    even = (quarters & 1) == 0
    y = np.where(positive, f32(0), f32(-1))
    shift = (_mulsign(_PI_HI * f32(-0.5), y), _mulsign(_PI_LO * f32(-0.5), y))
    x = _df_select(even, _df_add2_df_df(x, shift), x)
    return _df_normalize(x), q


def _polynomial(s):
    """sin(t)/t for the df remainder t: 1 + t^2 (c3 + t^2 (c2 + ...))."""
    t = s
    s = _df_square(s)
    u = np.full(s[0].shape, _POLY[0])
    for coefficient in _POLY[1:]:
        u = fma32(u, s[0], coefficient)
    x = _df_add_f_df(f32(1), _df_mul_df_df(_df_add_f_f(_POLY_LAST, u * s[0]), s))
    return _df_mul_to_f(t, x)


# ------------------------------------------------------------ entry points
def vector_blocks(size: int, finite_small: np.ndarray, chunk: int | None = None):
    """Which elements share an 8-lane vector with one that is not small.

    ``vec::map`` starts its blocks at the start of each parallel chunk
    (``chunk`` elements; None: one chunk) and pads the tail with zeros.
    """
    chunk = chunk or max(size, 1)
    index = np.arange(size)
    block = (index // chunk) * -(-chunk // LANES) + (index % chunk) // LANES
    flagged = np.zeros(int(block[-1]) + 1 if size else 0, dtype=bool)
    np.logical_or.at(flagged, block, ~finite_small)
    return flagged[block]


def _evaluate(x: np.ndarray, cody_waite, payne_hanek, odd_flip, chunk) -> np.ndarray:
    d = np.ascontiguousarray(x, dtype=np.float32).reshape(-1)
    with np.errstate(all="ignore"):
        small = np.abs(d) < _RANGE_MAX
        result = np.empty_like(d)
        if small.all():
            use_rempi = np.zeros(d.shape, dtype=bool)
        else:
            use_rempi = vector_blocks(d.size, small, chunk)
        for mask, reduce in ((~use_rempi, cody_waite), (use_rempi, payne_hanek)):
            if not mask.any():
                continue
            part = d if mask.all() else d[mask]
            finite = np.isfinite(part)
            s, q = reduce(np.where(finite, part, f32(0)))
            u = _polynomial(s)
            flip = odd_flip(q)
            np.negative(u, out=u, where=flip)
            u[~finite] = _ALL_ONES_NAN  # rempif ORs all ones into inf and nan lanes
            result[mask] = u
    return result.reshape(np.shape(x))


def sinf(x: np.ndarray, chunk: int | None = None) -> np.ndarray:
    """Sleef_sinf8_u10 elementwise on a float32 array (C order, as vml sees it)."""
    result = _evaluate(x, _sin_cody_waite, _sin_payne_hanek, lambda q: (q & 1) == 1, chunk)
    negative_zero = (np.asarray(x, dtype=np.float32).view(np.int32) == np.int32(-0x80000000))
    return np.where(negative_zero, np.asarray(x, dtype=np.float32), result)


def cosf(x: np.ndarray, chunk: int | None = None) -> np.ndarray:
    """Sleef_cosf8_u10 elementwise on a float32 array."""
    return _evaluate(x, _cos_cody_waite, _cos_payne_hanek, lambda q: (q & 2) == 0, chunk)
