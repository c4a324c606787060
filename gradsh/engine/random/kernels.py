"""PyTorch's CPU random kernels, value for value (RANDOM.md, Transforms).

Each kernel takes a :class:`~.generator.CPUEngine` and returns a flat NumPy
array of the values PyTorch writes, in the order it writes them. Where the
compiled kernels differ between PyTorch's CPU capabilities, the two flavours
sit side by side (ARCHITECTURE idiom 14): ``avx2`` (what x86-64 machines
print, AVX-512 ones included: multiply-adds fused, Cephes vector log and
sincos for float32 ``randn``) and ``default`` (``ATEN_CPU_CAPABILITY=default``:
separate multiply and add, glibc's float functions).
"""
from __future__ import annotations

import math
import os

import numpy as np

from . import avx2
from .exact import fma32, fma64, libm, libm_fast, libm_float
from .generator import CPUEngine

FLAVOURS = ("avx2", "default")
_flavour = ["avx2"]


def flavour() -> str:
    return _flavour[0]


def set_flavour(name: str) -> None:
    if name not in FLAVOURS:
        raise ValueError(f"rng flavour must be one of {', '.join(FLAVOURS)}, not '{name}'")
    from ...journal import note_setting  # noqa: PLC0415 - a rare call

    note_setting("rng_flavour", _restore_flavour, _flavour[0])
    _flavour[0] = name


def _restore_flavour(name: str) -> None:
    _flavour[0] = name


def _fused() -> bool:
    return _flavour[0] == "avx2"


def multiply_add(a, b, c, dtype) -> np.ndarray:
    """``a * b + c`` as the kernel computes it in ``dtype`` (float32 or float64)."""
    if np.dtype(dtype) == np.float64:
        a, b, c = (np.asarray(v, dtype=np.float64) for v in (a, b, c))
        return fma64(a, b, c) if _fused() else a * b + c
    f = np.float32
    a, b, c = (np.asarray(v, dtype=f) for v in (a, b, c))
    return fma32(a, b, c) if _fused() else (a * b + c).astype(f)


def _accumulate_dtype(dtype: np.dtype) -> np.dtype:
    """``dist_acctype``: float16 computes in float32."""
    return np.dtype(np.float64) if dtype == np.float64 else np.dtype(np.float32)


def unit_uniform(engine: CPUEngine, count: int, dtype: np.dtype) -> np.ndarray:
    """``uniform_real_distribution<T>(0, 1)`` draws: 53 bits for float64, else 24.

    float16 draws as float32 does and is rounded at the end (observed in
    PyTorch 2.13: its half kernels compute in float).
    """
    if dtype == np.float64:
        return engine.uniform53(count)
    return engine.uniform24(count)


# ------------------------------------------------------------------ uniform
def uniform(engine: CPUEngine, count: int, dtype, low: float, high: float) -> np.ndarray:
    """``uniform_(low, high)``: x * (high - low) + low; a result equal to high is low."""
    dtype = np.dtype(dtype)
    x = unit_uniform(engine, count, dtype)
    if (low, high) == (0.0, 1.0) and dtype != np.float16:
        return x.astype(dtype)  # x * 1 + 0, and x < 1
    acc = _accumulate_dtype(dtype)
    low_t, high_t = acc.type(low), acc.type(high)  # static_cast to the compute type
    result = multiply_add(x, acc.type(high_t - low_t), low_t, acc)
    result = result.astype(dtype)  # a value rounded up to high becomes low
    return np.where(result == dtype.type(high_t), dtype.type(low_t), result)


# ------------------------------------------------------------------- normal
def normal_scalar(engine: CPUEngine, count: int, mean: float, std: float) -> np.ndarray:
    """``normal_distribution<double>`` drawn ``count`` times, as float64.

    Box-Muller on two 53-bit uniforms; the sine half is cached in the
    generator for the next draw (which may be in a later call).
    """
    out = np.empty(count, dtype=np.float64)
    start = 0
    if count and engine.next_double_normal is not None:
        out[0] = engine.next_double_normal
        engine.next_double_normal = None
        start = 1
    remaining = count - start
    if remaining > 0:
        pairs = (remaining + 1) // 2
        uniforms = engine.uniform53(2 * pairs).reshape(pairs, 2)
        radius = np.sqrt(-2.0 * libm(math.log1p, -uniforms[:, 1]))
        theta = 2.0 * math.pi * uniforms[:, 0]
        values = np.empty((pairs, 2), dtype=np.float64)
        values[:, 0] = radius * libm(math.cos, theta)
        values[:, 1] = radius * libm(math.sin, theta)
        values = values.ravel()
        out[start:] = values[:remaining]
        if remaining % 2:
            engine.next_double_normal = float(values[-1])
    if (mean, std) == (0.0, 1.0):
        return out
    return multiply_add(out, std, mean, np.float64)


def normal(engine: CPUEngine, count: int, dtype, mean: float, std: float,
           contiguous: bool = True) -> np.ndarray:
    """``normal_(mean, std)`` on ``count`` values of ``dtype``."""
    dtype = np.dtype(dtype)
    if count < 16 or not contiguous:
        return normal_scalar(engine, count, mean, std).astype(dtype)
    half = dtype == np.float16
    if dtype == np.float32 or half:
        fill = _normal_block_avx2 if _fused() else _normal_block_default32
    else:
        fill = _normal_block_generic
    # float16 computes in float32 and, observed in PyTorch 2.13, draws the
    # uniforms of whole blocks only before the tail's 16 fresh ones.
    compute = np.dtype(np.float32) if half else dtype
    data = unit_uniform(engine, count // 16 * 16 if half else count, compute).astype(compute)
    whole = count // 16 * 16
    out = np.empty(count, dtype=dtype)
    if fill is _normal_block_avx2:
        _in_chunks(lambda lo, hi: out.__setitem__(slice(lo, hi), fill(data[lo:hi], dtype, mean,
                                                                         std)), whole)
    else:
        out[:whole] = fill(data[:whole], dtype, mean, std)
    if count % 16:
        # PyTorch recomputes the last 16 values from 16 fresh uniforms.
        tail = unit_uniform(engine, 16, compute).astype(compute)
        out[count - 16:] = fill(tail, compute, mean, std)
    return out


# The float32 vector emulation runs chunk by chunk (its ~150 NumPy passes stay
# in the CPU caches) and, for large draws, on a few threads: NumPy releases
# the GIL inside each pass, and the chunks are independent, so the values do
# not depend on the thread count.
_CHUNK = 32768  # values per chunk, a multiple of 16
_THREADED_FROM = 1 << 17
_pool = []


def _in_chunks(work, count: int) -> None:
    bounds = [(lo, min(lo + _CHUNK, count)) for lo in range(0, count, _CHUNK)]
    workers = min(len(bounds), os.cpu_count() or 1, 4)
    if count < _THREADED_FROM or workers < 2:
        for lo, hi in bounds:
            work(lo, hi)
        return
    if not _pool:
        from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415 - large draws only

        _pool.append(ThreadPoolExecutor(workers, thread_name_prefix="gradsh-randn"))
    for future in [_pool[0].submit(work, lo, hi) for lo, hi in bounds]:
        future.result()


def _blocks(data: np.ndarray):
    blocks = data.reshape(-1, 16)
    return blocks[:, :8], blocks[:, 8:]


def _join(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    return np.concatenate([first, second], axis=1).ravel()


def _normal_block_avx2(data, dtype, mean, std):
    """``normal_fill_16_AVX2``: Cephes log and sincos in float32, fused output."""
    d_first, d_second = _blocks(data)
    u1 = np.float32(1) - d_first
    radius = np.sqrt(np.float32(-2) * avx2.log256(u1))
    theta = np.float32(2.0 * math.pi) * d_second
    sine, cosine = avx2.sincos256(theta)
    mean32, std32 = np.float32(mean), np.float32(std)
    return _join(fma32(radius * cosine, std32, mean32), fma32(radius * sine, std32, mean32))


def _normal_block_default32(data, dtype, mean, std):
    """``normal_fill_16<float>`` of the DEFAULT build: glibc's logf, sinf, cosf.

    The output ``radius * cos * std + mean`` is fused here too (observed: the
    DEFAULT build's float path calls fmaf).
    """
    d_first, d_second = _blocks(data)
    f = np.float32
    u1 = f(1) - d_first
    radius = np.sqrt(f(-2) * libm_float("logf", u1))
    theta = (2.0 * math.pi * d_second.astype(np.float64)).astype(f)
    mean32, std32 = f(mean), f(std)
    first = fma32(radius * libm_float("cosf", theta), std32, mean32)
    second = fma32(radius * libm_float("sinf", theta), std32, mean32)
    return _join(first, second)


def _normal_block_generic(data, dtype, mean, std):
    """``normal_fill_16<double>``: glibc's log, sin and cos; the output is one
    fused multiply-add in both flavours (observed, as for float32)."""
    d_first, d_second = _blocks(data.astype(np.float64))
    u1 = 1.0 - d_first
    radius = np.sqrt(-2.0 * libm(math.log, u1))
    theta = 2.0 * math.pi * d_second
    first = fma64(radius * libm_fast(math.cos, theta), std, mean)
    second = fma64(radius * libm_fast(math.sin, theta), std, mean)
    return _join(first, second).astype(dtype)


# ----------------------------------------------------------------- integers
WIDE_RANGE = 1 << 28  # from this span on, PyTorch 2.13 draws random64 (any dtype)


def random_from_to(engine: CPUEngine, count: int, dtype, span: int, base: int) -> np.ndarray:
    """``random_(from, to)``: ``(random() % span) + base`` with uint64 wrap-around."""
    dtype = np.dtype(dtype)
    if span >= 1 << 64:  # from = int64 min, to = None: the whole 64-bit range
        return engine.random64(count).view(np.int64).astype(dtype)
    values = engine.random64(count) if span >= WIDE_RANGE else engine.random32(count)
    values = values % np.uint64(span) + np.uint64(base & 0xFFFFFFFFFFFFFFFF)
    return values.view(np.int64).astype(dtype)


def random_default_range(engine: CPUEngine, count: int, dtype) -> np.ndarray:
    """``random_()``: [0, max] for integers, [0, 2^mantissa] for floats, a bit for bool."""
    dtype = np.dtype(dtype)
    if dtype == np.bool_:
        return (engine.random32(count) & np.uint64(1)).astype(dtype)
    if dtype.kind == "f":
        digits = {2: 11, 4: 24, 8: 53}[dtype.itemsize]
        modulus = (1 << digits) + 1
    else:
        modulus = int(np.iinfo(dtype).max) + 1
    values = engine.random64(count) if dtype in (np.float64, np.int64) \
        else engine.random32(count)
    return (values % np.uint64(modulus)).astype(dtype)


_SMALL_PERMUTATION = (2 ** 32 - 1) // 20


def randperm(engine: CPUEngine, n: int) -> np.ndarray:
    """PyTorch's shuffle: swaps driven by ``random() % (n - i)`` (``random64`` for huge n).

    The draws are vectorised; the swaps are sequential by nature, so they run
    as a Python loop over a memoryview of the result (8 bytes a value, in
    place), fed a chunk of targets at a time.
    """
    values = np.arange(n, dtype=np.int64)
    cells = memoryview(values)
    chunk = 1 << 16
    if n < _SMALL_PERMUTATION:
        for low in range(0, max(n - 1, 0), chunk):
            high = min(low + chunk, n - 1)
            spans = np.arange(n - low, n - high, -1, dtype=np.uint64)
            targets = (engine.random32(high - low) % spans).astype(np.int64)
            targets += np.arange(low, high)
            for i, j in enumerate(targets.tolist(), low):
                cells[i], cells[j] = cells[j], cells[i]
        return values
    for low in range(0, n, chunk):  # inside-out Fisher-Yates
        high = min(low + chunk, n)
        draws = engine.random64(high - low) % np.arange(low + 1, high + 1, dtype=np.uint64)
        for i, j in enumerate(draws.tolist(), low):
            cells[i] = cells[j]
            cells[j] = i
    return values


# ------------------------------------------------------------ other laws
def bernoulli_tensor(engine: CPUEngine, p: np.ndarray) -> np.ndarray:
    """``bernoulli_(p_tensor)``: float64 p against 53-bit uniforms, others 24-bit."""
    flat = p.ravel()
    if flat.dtype == np.float64:
        return engine.uniform53(flat.size) < flat
    return engine.uniform24(flat.size) < flat.astype(np.float32)


def bernoulli_scalar(engine: CPUEngine, count: int, p: float) -> np.ndarray:
    return engine.uniform53(count) < p


def exponential(engine: CPUEngine, count: int, lambd: float) -> np.ndarray:
    """-1/lambda * log1p(-u), in float64."""
    return (-1.0 / lambd) * libm(math.log1p, -engine.uniform53(count))


def geometric(engine: CPUEngine, count: int, p: float) -> np.ndarray:
    """ceil(log(u) / log(1 - p)), in float64."""
    u = engine.uniform53(count)
    with np.errstate(divide="ignore"):
        logs = libm(_log, u)
    return np.ceil(logs / math.log(1.0 - p))


def _log(x: float) -> float:
    return math.log(x) if x > 0 else -math.inf


def cauchy(engine: CPUEngine, count: int, median: float, sigma: float) -> np.ndarray:
    """median + sigma * tan(pi * (u - 0.5)), in float64."""
    tangent = libm(math.tan, math.pi * (engine.uniform53(count) - 0.5))
    return multiply_add(sigma, tangent, median, np.float64)


def log_normal(engine: CPUEngine, count: int, mean: float, std: float) -> np.ndarray:
    """exp of the scalar normal path's draws, in float64."""
    return libm(_exp, normal_scalar(engine, count, mean, std))


def _exp(x: float) -> float:
    try:
        return math.exp(x)
    except OverflowError:
        return math.inf


def poisson(engine: CPUEngine, rates: np.ndarray) -> np.ndarray:
    """``sample_poisson`` per rate (sequential: a rejection loop per value)."""
    return np.array([_poisson_one(engine, float(rate)) for rate in rates.ravel().tolist()],
                    dtype=np.float64)


def _poisson_one(engine: CPUEngine, lam: float) -> int:
    uniform = lambda: float(engine.uniform53(1)[0])  # noqa: E731
    if lam >= 10:  # transformed rejection (Hoermann, 1993), as NumPy's
        slam, loglam = math.sqrt(lam), math.log(lam)
        b = 0.931 + 2.53 * slam
        a = -0.059 + 0.02483 * b
        invalpha = 1.1239 + 1.1328 / (b - 3.4)
        vr = 0.9277 - 3.6224 / (b - 2)
        while True:
            u = uniform() - 0.5
            v = uniform()
            us = 0.5 - abs(u)
            value = (2 * a / us + b) * u + lam + 0.43
            k = _c_int64(math.floor(value) if math.isfinite(value) else value)
            if us >= 0.07 and v <= vr:
                return k
            if k < 0 or (us < 0.013 and v > us):
                continue
            if (_log(v) + math.log(invalpha) - math.log(a / (us * us) + b)) <= \
                    (-lam + k * loglam - math.lgamma(k + 1.0)):
                return k
    if lam == 0:
        return 0
    enlam, count, product = math.exp(-lam), 0, 1.0
    while True:
        product *= uniform()
        if product > enlam:
            count += 1
        else:
            return count


def _c_int64(value: float) -> int:
    """``(int64_t)value`` on x86-64: NaN and out-of-range values become INT64_MIN."""
    if not math.isfinite(value) or not -2.0 ** 63 <= value < 2.0 ** 63:
        return -(1 << 63)
    return int(value)


def multinomial_with_replacement(engine: CPUEngine, rows: np.ndarray,
                                 samples: int) -> np.ndarray:
    """Per row: the normalised running sum, then a lower-bound search per 53-bit uniform."""
    out = np.empty((rows.shape[0], samples), dtype=np.int64)
    for index, row in enumerate(rows):
        acc = np.float32 if row.dtype == np.float16 else row.dtype
        cumulative = np.cumsum(row.astype(acc), dtype=acc)  # sequential, in the row's dtype
        cumulative = (cumulative / cumulative[-1]).astype(acc)
        cumulative[-1] = 1
        out[index] = _lower_bound(cumulative.astype(np.float64), engine.uniform53(samples))
    return out


def _lower_bound(cumulative: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """The kernel's binary search, vectorised over targets (exact even if not sorted)."""
    left = np.zeros(targets.shape, dtype=np.int64)
    right = np.full(targets.shape, cumulative.size, dtype=np.int64)
    active = right > left
    while active.any():
        middle = left + (right - left) // 2
        below = cumulative[np.minimum(middle, cumulative.size - 1)] < targets
        left = np.where(active & below, middle + 1, left)
        right = np.where(active & ~below, middle, right)
        active = right > left
    return left
