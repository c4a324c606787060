"""float32 ``pow`` and ``sigmoid`` as PyTorch 2.13's CPU kernels compute them.

ATen's kernels (``PowKernel.cpp``, ``UnaryOpsKernel.cpp``) are
``cpu_kernel_vec`` loops, registered for AVX512 too, so an AVX512 machine
runs 16-lane ``Vectorized<float>``: blocks of ``2 * 16`` elements of each
inner-loop row go through the vector op, the rest of the row through the
scalar op. Both are emulated here, element by element as the iterator
assigns them (``kernel_paths``):

- ``pow(tensor, tensor)``: vector ``Sleef_powf16_u10`` (SLEEF 3.8's
  ``xpowf``: ``expkf(logkf(|x|) * y)`` in float-float arithmetic with FMA),
  scalar ``std::pow(float, float)``, i.e. glibc's ``powf``.
- ``pow(tensor, number)``: vector the same SLEEF ``powf`` with the exponent
  rounded to float; scalar ``std::pow(float, double)``, glibc's double
  ``pow`` rounded to float.
- ``sigmoid``: vector ``x.neg().exp() + 1`` then ``reciprocal`` with
  ``Sleef_expf16_u10`` (SLEEF's ``xexpf``, not MKL); scalar
  ``1 / (1 + std::exp(-x))`` with glibc's ``expf``.

Each step is the C code's, in the same order and precision (float32
NumPy operations, FMAs through ``fma32``); SLEEF is built with
``-ffp-contract=off``, so only its explicit FMAs fuse. glibc's scalar
functions are called through ctypes on the scalar elements only.
"""
from __future__ import annotations

import ctypes

import numpy as np

from ..random.exact import fma32
from .cascade_sum import reorder
from .pointwise import in_chunks
from .sleef_trig import (_df_add2_df_df, _df_add2_df_f, _df_add2_f_f, _df_add_f_df,
                         _df_mul_df_df, _df_mul_df_f, _df_normalize, _df_square, _mul_error)

f32 = np.float32
LANES = 16  # Vectorized<float> in the AVX512 kernel; cpu_kernel_vec unrolls by 2
GRAIN_SIZE = 32768  # at::internal::GRAIN_SIZE
_INT_MIN = np.int32(-0x80000000)
_ALL_ONES = np.int32(-1)
_R_LN2 = f32(1.442695040888963407359924681001892137426645954152985934135449406931)
_L2U, _L2L = f32(0.693145751953125), f32(1.428606765330187045e-06)
_LN2 = (f32(0.69314718246459960938), f32(-1.904654323148236017e-09))
_LOG_POLY = [f32(c) for c in (0.240320354700088500976562, 0.285112679004669189453125,
                              0.400007992982864379882812)]
_LOG_C = (f32(0.66666662693023681640625), f32(3.69183861259614332084311e-09))
_EXPK_POLY = [f32(c) for c in (0.00136324646882712841033936, 0.00836596917361021041870117,
                               0.0416710823774337768554688, 0.166665524244308471679688,
                               0.499999850988388061523438)]
_EXP_POLY = [f32(c) for c in (0.000198527617612853646278381, 0.00139304355252534151077271,
                              0.00833336077630519866943359, 0.0416664853692054748535156,
                              0.166666671633720397949219, 0.5)]


# ------------------------------------------------------------ SIMD helpers
def _cvt_int(v):
    """_mm512_cvtps_epi32 / cvttps (after rint / trunc): INT_MIN out of range."""
    ok = np.abs(v) < f32(2.0 ** 31)
    return np.where(ok, np.where(ok, v, 0).astype(np.int32), _INT_MIN)


def _pow2i(q):
    return ((q + 0x7F) << 23).view(np.float32)


def _ldexp(x, q):
    """vldexp_vf_vf_vi2: x * 2^q in steps that cannot overflow early."""
    m = q >> 31
    m = (((m + q) >> 6) - m) << 4
    q = q - (m << 2)
    m = m + 0x7F
    m = np.where(m > 0, m, 0)
    m = np.where(m > 0xFF, 0xFF, m)
    u = (m << 23).view(np.float32)
    x = x * u * u * u * u
    return x * ((q + 0x7F) << 23).view(np.float32)


def _ldexp2(d, e):
    return d * _pow2i(e >> 1) * _pow2i(e - (e >> 1))


def _mulsign(x, y):
    return (x.view(np.int32) ^ (y.view(np.int32) & _INT_MIN)).view(np.float32)


def _df_div(n, d):
    """dfdiv_vf2_vf2_vf2 (ENABLE_FMA_SP)."""
    t = f32(1) / d[0]
    s = n[0] * t
    u = _mul_error(t, n[0], s)
    v = fma32(-d[1], t, fma32(-d[0], t, f32(1)))
    return s, fma32(s, v, fma32(n[1], t, u))


def _df_add_df_df(x, y):
    """dfadd_vf2_vf2_vf2 (|x| >= |y|): vadd_vf_4vf, left to right."""
    s = x[0] + y[0]
    return s, (((x[0] - s) + y[0]) + x[1]) + y[1]


# ------------------------------------------------------------------ SLEEF
def _logk(d):
    """logkf for d = |x| (the AVX512F flavour: vgetexp / vgetmant)."""
    scaled = d * f32(1.0 / 0.75)
    with np.errstate(divide="ignore"):
        _, e = np.frexp(scaled)
        m1, _ = np.frexp(d)
    e = (e - 1).astype(np.float32)
    e = np.where(np.isinf(scaled), f32(128), e)
    m = m1 * f32(2)  # [1, 2)
    m = np.where(m >= f32(1.5), m * f32(0.5), m).astype(np.float32)
    x = _df_div(_df_add2_f_f(f32(-1), m), _df_add2_f_f(f32(1), m))
    x2 = _df_square(x)
    t = np.full(d.shape, _LOG_POLY[0])
    for c in _LOG_POLY[1:]:
        t = fma32(t, x2[0], c)
    s = _df_mul_df_f(_LN2, e)
    s = _df_add_df_df(s, (x[0] * f32(2), x[1] * f32(2)))
    return _df_add_df_df(s, _df_mul_df_df(_df_mul_df_df(x2, x),
                                          _df_add2_df_df(_df_mul_df_f(x2, t), _LOG_C)))


def _expk(d):
    """expkf on a float-float argument."""
    q = _cvt_int(np.rint((d[0] + d[1]) * _R_LN2))
    qf = q.astype(np.float32)
    s = _df_add2_df_f(d, qf * -_L2U)
    s = _df_add2_df_f(s, qf * -_L2L)
    s = _df_normalize(s)
    u = np.full(s[0].shape, _EXPK_POLY[0])
    for c in _EXPK_POLY[1:]:
        u = fma32(u, s[0], c)
    t = _df_add_df_df(s, _df_mul_df_f(_df_square(s), u))
    t = _df_add_f_df(f32(1), t)
    u = _ldexp(t[0] + t[1], q)
    return np.where(d[0] < f32(-104), f32(0), u)


def powf(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Sleef_powf16_u10 (xpowf) elementwise on broadcastable float32 arrays."""
    x, y = np.broadcast_arrays(np.asarray(x, np.float32), np.asarray(y, np.float32))
    with np.errstate(all="ignore"):
        ay = np.abs(y)
        yisint = (np.trunc(y) == y) | (ay > f32(1 << 24))
        yisodd = ((_cvt_int(np.trunc(y)) & 1) == 1) & yisint & (ay < f32(1 << 24))
        result = _expk(_df_mul_df_f(_logk(np.abs(x)), y))
        result = np.where(np.isnan(result), f32(np.inf), result)
        sign = np.where(yisint, np.where(yisodd, f32(-1), f32(1)), f32(np.nan))
        result = result * np.where(x > 0, f32(1), sign)
        efx = _mulsign(np.abs(x) - f32(1), y)
        at_inf = np.where(efx < 0, f32(0), np.where(efx == 0, f32(1), f32(np.inf)))
        result = np.where(np.isinf(y), at_inf, result)
        zero = x == 0
        edge = np.where(np.signbit(y) ^ zero, f32(0), f32(np.inf))
        edge = _mulsign(edge, np.where(yisodd, x, f32(1)))
        result = np.where(np.isinf(x) | zero, edge, result)
        result = np.where(np.isnan(x) | np.isnan(y), _ALL_ONES.view(np.float32), result)
        return np.where((y == 0) | (x == 1), f32(1), result).astype(np.float32)


def expf(d: np.ndarray) -> np.ndarray:
    """Sleef_expf16_u10 (xexpf) elementwise on a float32 array."""
    d = np.asarray(d, np.float32)
    with np.errstate(all="ignore"):
        q = _cvt_int(np.rint(d * _R_LN2))
        qf = q.astype(np.float32)
        s = fma32(qf, -_L2U, d)
        s = fma32(qf, -_L2L, s)
        u = np.full(d.shape, _EXP_POLY[0])
        for c in _EXP_POLY[1:]:
            u = fma32(u, s, c)
        u = f32(1) + fma32(s * s, u, s)
        u = _ldexp2(u, q)
        u = np.where(d < f32(-104), f32(0), u)
        return np.where(f32(100) < d, f32(np.inf), u).astype(np.float32)


# ----------------------------------------------------- which kernel, where
def _threads() -> int:
    from .cascade_sum import get_threads  # noqa: PLC0415 - the one thread setting

    return get_threads()


def _should_swap(strides, shape, dim0, dim1) -> int:
    """TensorIterator's reorder_dimensions comparison (inputs only: the
    output is allocated afterwards, in the order chosen)."""
    for stride in strides:
        s0, s1 = stride[dim0], stride[dim1]
        if s0 == 0 or s1 == 0:
            continue
        if s0 != s1:
            return -1 if s0 < s1 else 1
        if shape[dim0] > shape[dim1]:
            return 1
    return 0


def _iteration(shape, strides):
    """The iterator's dims, fastest first: (perm, coalesced sizes, inner strides)."""
    perm = reorder(list(range(len(shape) - 1, -1, -1)),
                   lambda dim0, dim1: _should_swap(strides, shape, dim0, dim1))
    sizes = [shape[d] for d in perm]
    operand = [[s[d] for d in perm] for s in strides]
    out_stride, step = [], 1
    for size in sizes:  # the output, allocated contiguous in this order
        out_stride.append(step)
        step *= size
    operand.append(out_stride)
    merged, merged_strides = [sizes[0]], [[s[0]] for s in operand]
    for dim in range(1, len(sizes)):
        if all(merged[-1] * s[-1] == o[dim] for s, o in zip(merged_strides, operand)):
            merged[-1] *= sizes[dim]
        else:
            merged.append(sizes[dim])
            for s, o in zip(merged_strides, operand):
                s.append(o[dim])
    return perm, merged, [s[0] for s in merged_strides]


_MASK_BLOCK = 1 << 20


def vector_mask(shape: tuple, strides: list, threads: int | None = None,
                width: int = 2 * LANES) -> np.ndarray:
    """True where ``cpu_kernel_vec`` computes the element with the vector op.

    ``shape``: the broadcast output shape; ``strides``: each input's strides
    in elements over that shape (0 on broadcast dims). The inner loop
    vectorises when every operand is contiguous there, or one input is a
    broadcast scalar and the rest contiguous; each row segment (a row cut by
    the parallel chunks, ``at::parallel_for`` over ``GRAIN_SIZE``) runs
    blocks of ``2 * LANES`` through the vector op and its rest through the
    scalar op (``width``: 32 float32, 16 float64 elements).
    """
    numel = int(np.prod(shape, dtype=np.int64))
    if numel == 0:
        return np.zeros(shape, dtype=bool)
    keep = [d for d, size in enumerate(shape) if size != 1]
    if not keep:
        return np.zeros(shape, dtype=bool)  # one element: scalar
    sub_shape = [shape[d] for d in keep]
    perm, sizes, inner = _iteration(sub_shape, [[s[d] for d in keep] for s in strides])
    contiguous = [s == 1 for s in inner]
    vectorised = all(contiguous) or any(
        inner[i] == 0 and all(c for j, c in enumerate(contiguous) if j != i)
        for i in range(len(inner) - 1))
    if not vectorised:
        return np.zeros(shape, dtype=bool)
    threads = _threads() if threads is None else threads
    chunks = 1 if numel < GRAIN_SIZE or threads == 1 else min(threads, -(-numel // GRAIN_SIZE))
    chunk = -(-numel // chunks)
    row = sizes[0]
    body = np.empty(numel, dtype=bool)
    for first in range(0, numel, _MASK_BLOCK):  # in blocks: int64 temporaries stay small
        index = np.arange(first, min(numel, first + _MASK_BLOCK), dtype=np.int64)
        start = np.maximum(index // row * row, index // chunk * chunk)
        end = np.minimum(start // row * row + row, start // chunk * chunk + chunk)
        np.minimum(end, numel, out=end)
        body[first:first + index.size] = (index - start) < (end - start) // width * width
    # iteration order (fastest dim first) back to the output's C order
    order = body.reshape([sub_shape[d] for d in reversed(perm)])
    axes = [len(perm) - 1 - perm.index(d) for d in range(len(perm))]
    return np.ascontiguousarray(order.transpose(axes)).reshape(shape)


# ------------------------------------------------------- the scalar tails
_LIBM: dict = {}


def _glibc(name: str, argument, result):
    if name not in _LIBM:
        from ctypes import util as ctypes_util  # noqa: PLC0415 - loaded when glibc is first needed

        library = ctypes.CDLL(ctypes_util.find_library("m") or "libm.so.6")
        function = getattr(library, name)
        function.restype = result
        function.argtypes = [argument] * (2 if name.startswith(("pow", "atan2")) else 1)
        _LIBM[name] = function
    return _LIBM[name]


def _glibc_powf(x, y):
    function = _glibc("powf", ctypes.c_float, ctypes.c_float)
    return np.fromiter(map(function, x.tolist(), y.tolist()), np.float32, count=x.size)


def _glibc_pow_double(x, exponent: float):
    function = _glibc("pow", ctypes.c_double, ctypes.c_double)
    values = [function(v, exponent) for v in x.astype(np.float64).tolist()]
    return np.array(values, dtype=np.float64).astype(np.float32)


def _glibc_expf(x):
    function = _glibc("expf", ctypes.c_float, ctypes.c_float)
    return np.fromiter(map(function, x.tolist()), np.float32, count=x.size)


def _elements_strides(array: np.ndarray, shape) -> list:
    view = np.broadcast_to(array, shape)
    return [s // view.itemsize for s in view.strides]


def _contiguous_segments(shape, inputs):
    """For C-contiguous inputs of the output's shape (the common case), the
    parallel chunks as (start, end), without building the per-element mask;
    None otherwise."""
    if not all(isinstance(a, np.ndarray) and a.shape == tuple(shape) and a.flags.c_contiguous
               for a in inputs):
        return None
    numel = int(np.prod(shape, dtype=np.int64))
    if numel <= 1 or sum(1 for n in shape if n != 1) == 0:
        return None
    threads = _threads()
    chunks = 1 if numel < GRAIN_SIZE or threads == 1 else min(threads, -(-numel // GRAIN_SIZE))
    chunk = -(-numel // chunks)
    return [(start, min(numel, start + chunk)) for start in range(0, numel, chunk)]


def _by_path(shape, inputs, vector, scalar, width=2 * LANES, dtype=np.float32) -> np.ndarray:
    """vector(*flat inputs) on the vector-body elements, scalar(...) on the rest."""
    segments = _contiguous_segments(shape, inputs)
    if segments is not None:
        flat = [a.reshape(-1) for a in inputs]
        result = np.empty(flat[0].size, dtype=dtype)
        for start, end in segments:
            body = start + (end - start) // width * width  # the chunk's vector body
            if body > start:
                result[start:body] = in_chunks(vector, [a[start:body] for a in flat], dtype)
            if end > body:
                result[body:end] = scalar(*(a[body:end] for a in flat))
        return result.reshape(shape)
    mask = vector_mask(tuple(shape), [_elements_strides(a, shape) for a in inputs],
                       width=width).ravel()
    flat = [np.broadcast_to(a, shape).ravel() for a in inputs]
    if mask.all():
        return in_chunks(vector, flat, dtype).reshape(shape)
    result = np.empty(mask.size, dtype=dtype)
    if mask.any():
        result[mask] = in_chunks(vector, [a[mask] for a in flat], dtype)
    rest = ~mask
    result[rest] = scalar(*(a[rest] for a in flat))
    return result.reshape(shape)


def pow_tensor_tensor(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """torch.pow(float32 tensor, float32 tensor): SLEEF powf / glibc powf."""
    x, y = np.asarray(x, np.float32), np.asarray(y, np.float32)
    shape = np.broadcast_shapes(x.shape, y.shape)
    with np.errstate(all="ignore"):
        return _by_path(shape, (x, y), powf, _glibc_powf)


def pow_tensor_scalar(x: np.ndarray, exponent: float) -> np.ndarray:
    """torch.pow(float32 tensor, number) outside ATen's special exponents:
    SLEEF powf with the exponent as float, glibc pow(double, double)."""
    x = np.asarray(x, np.float32)
    y = f32(exponent)
    with np.errstate(all="ignore"):
        return _by_path(x.shape, (x,), lambda v: powf(v, y),
                        lambda v: _glibc_pow_double(v, float(exponent)))


def _sigmoid_vector(x):
    return f32(1) / (expf(-x) + f32(1))  # x.neg(): a nan keeps its payload, sign flipped


def _sigmoid_scalar(x):
    return f32(1) / (f32(1) + _glibc_expf(-x))


def sigmoid(x: np.ndarray) -> np.ndarray:
    """torch.sigmoid on a float32 array: SLEEF expf / glibc expf."""
    x = np.asarray(x, np.float32)
    with np.errstate(all="ignore"):
        return _by_path(x.shape, (x,), _sigmoid_vector, _sigmoid_scalar)
