"""Random values for CUDA tensors, from CuPy's generator (SPEC §4).

PyTorch's CUDA streams (Philox, with offsets that depend on the launch
configuration) are not a target: a CUDA tensor takes CuPy's numbers from a
``cupy.random.RandomState`` seeded by ``torch.manual_seed`` (or by its own
``torch.Generator('cuda')``). Each function returns a CuPy array of
``shape`` with the law's range and distribution; only imported when a GPU
is used.
"""
from __future__ import annotations

import numpy as np


def _real(np_dtype) -> np.dtype:
    """CuPy draws float32 or float64; float16 is drawn as float32 and rounded."""
    return np.dtype(np.float64) if np.dtype(np_dtype) == np.float64 else np.dtype(np.float32)


def uniform(state, shape, np_dtype, low: float, high: float):
    """Values in [low, high): one rounded up to ``high`` becomes ``low``, as on the CPU."""
    import cupy  # noqa: PLC0415

    values = state.uniform(low, high, shape, dtype=_real(np_dtype)).astype(np_dtype)
    kind = np.dtype(np_dtype).type
    return cupy.where(values == kind(high), kind(low), values)


def normal(state, shape, np_dtype, mean: float, std: float):
    return state.normal(mean, std, shape, dtype=_real(np_dtype)).astype(np_dtype)


def integers(state, shape, np_dtype, span: int, base: int):
    """Uniform integers in [base, base + span), wrapped into the dtype as on the CPU."""
    import cupy  # noqa: PLC0415

    if span <= 1 << 62:
        offsets = state.randint(0, span, shape, dtype=np.int64).astype(np.uint64)
    else:
        high = state.randint(0, 1 << 32, shape, dtype=np.int64).astype(np.uint64)
        low = state.randint(0, 1 << 32, shape, dtype=np.int64).astype(np.uint64)
        offsets = (high << np.uint64(32)) | low
        if span < 1 << 64:
            offsets %= np.uint64(span)
    values = offsets + cupy.uint64(base & 0xFFFFFFFFFFFFFFFF)
    return values.view(np.int64).astype(np_dtype)


def bernoulli(state, shape, np_dtype, probability):
    """1 with ``probability`` (a number or a CuPy array of ``shape``)."""
    return (state.random_sample(shape, dtype=np.float64) < probability).astype(np_dtype)


def exponential(state, shape, np_dtype, lambd: float):
    return state.exponential(1.0 / lambd, shape, dtype=_real(np_dtype)).astype(np_dtype)


def geometric(state, shape, np_dtype, p: float):
    return state.geometric(p, shape).astype(np_dtype)


def cauchy(state, shape, np_dtype, median: float, sigma: float):
    return (median + sigma * state.standard_cauchy(shape, dtype=np.float64)).astype(np_dtype)


def log_normal(state, shape, np_dtype, mean: float, std: float):
    return state.lognormal(mean, std, shape, dtype=np.float64).astype(np_dtype)


def permutation(state, n: int):
    return state.permutation(n).astype(np.int64)


def poisson(state, rates):
    return state.poisson(rates.astype(np.float64)).astype(rates.dtype)


def multinomial(state, rows, samples: int, replacement: bool):
    """Category indices per row of probabilities (a 2-d CuPy array)."""
    import cupy  # noqa: PLC0415

    rows = rows.astype(np.float64)
    if replacement:
        cumulative = cupy.cumsum(rows, axis=1)
        cumulative /= cumulative[:, -1:]
        targets = state.random_sample((rows.shape[0], samples), dtype=np.float64)
        picks = (targets[:, :, None] > cumulative[:, None, :]).sum(axis=2)
        return cupy.minimum(picks, rows.shape[1] - 1).astype(np.int64)
    scores = rows / state.exponential(1.0, rows.shape, dtype=np.float64)
    return cupy.argsort(-scores, axis=1)[:, :samples].astype(np.int64)
