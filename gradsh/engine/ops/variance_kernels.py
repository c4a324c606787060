"""var/std of a whole float32/float64 tensor as ATen's CPU kernel computes them.

``std_var_out`` (aten/src/ATen/native/ReduceOps.cpp) takes a two-pass path
on the CPU when the result has one element (``result.numel() == 1``, any
layout; the elements are walked in memory order, a TensorIterator over the
input alone):
``std_var_all_cpu``: ``mean = self.mean().item<double>()`` (the cascade mean
in the dtype), then, in double, ``local_sum += dx * dx`` with ``dx = x -
mean`` in iteration (memory) order - no fused multiply-add, checked - split
into ``at::parallel_reduce`` chunks (2 threads, ``GRAIN_SIZE`` 32768,
``ceil(n / threads)`` each) whose sums are added to ``0.0`` in order; then
``sum / max(0, n - correction)``, its ``sqrt`` for std, converted to the
dtype.  Other reductions use Welford's algorithm (below).
"""
from __future__ import annotations

import numpy as np

from .. import numerics
from .cascade_sum import GRAIN_SIZE, get_threads, torch_mean


def applies(xp, data: np.ndarray, dims) -> bool:
    """Whether ATen takes the two-pass path: one output element."""
    if xp is not np or data.dtype not in (np.float32, np.float64) or data.size == 0:
        return False
    if dims is not None and any(n > 1 for d, n in enumerate(data.shape) if d not in dims):
        return False  # more than one output element (size-1 dims do not count)
    # any layout (``result.numel() == 1``); memory order, which ravel("K") gives
    # for positive strides; a broadcast (stride 0) dim is not modelled
    return all(s > 0 for s, n in zip(data.strides, data.shape) if n > 1)


def var_all(data: np.ndarray, divisor: float, take_sqrt: bool) -> np.ndarray:
    """``divisor`` is ``max(0, n - correction)``."""
    mean = float(torch_mean(np, data))
    flat = data.ravel(order="K").astype(np.float64)
    count = flat.size
    threads = min(get_threads(), -(-count // GRAIN_SIZE)) if count >= GRAIN_SIZE else 1
    chunk = -(-count // threads)
    total = 0.0
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        for begin in range(0, count, chunk):
            dx = flat[begin:begin + chunk] - mean
            total = total + float(np.add.accumulate(dx * dx)[-1])
        # NumPy's float64 division and sqrt are the hardware's: x86's default NaN for 0 / 0
        value = np.float64(total) / np.float64(divisor)
        if take_sqrt:
            value = np.sqrt(value)
        return np.asarray(value).astype(data.dtype)


# ------------------------------------------------------------------- Welford
# Other var/std reductions are ``std_var_kernel_impl``: ``binary_kernel_reduce``
# with ``WelfordOps<scalar_t, double>``: for each output, its reduced elements
# in iteration order (memory order for these layouts), one after the other:
#   n += 1; delta = x - mean; mean += delta / n; m2 += delta * (x - mean)
# in double (the last line not fused, checked), then m2 / max(0, n -
# correction) and its sqrt, converted.  A single output of GRAIN_SIZE elements
# or more is split between the threads and the partial states combined
# (WelfordOps::combine); several outputs are split between the threads, each
# reduced in one run.  Modelled up to WELFORD_MAX elements an output (the
# loop is Python's); the reduced elements of an output are walked in memory
# order (the reduced dims sorted by stride, the smallest fastest).

WELFORD_MAX = 4 * GRAIN_SIZE  # a Python loop over the count: ~5 us a step


def welford_applies(xp, data: np.ndarray, dims) -> bool:
    if xp is not np or data.dtype not in (np.float32, np.float64) or data.size == 0:
        return False
    if data.ndim == 0:
        return False
    axes = tuple(range(data.ndim)) if dims is None else tuple(sorted(set(dims)))
    if _reduced_order(data, axes) is None:
        return False
    count = int(np.prod([data.shape[a] for a in axes], dtype=np.int64))
    return 0 < count <= WELFORD_MAX


def _reduced_order(data: np.ndarray, axes):
    """The reduced axes outermost first as ATen's iterator walks them: sorted
    by input stride (``reorder_dimensions``; the output's strides are 0 on all
    of them), the smallest innermost.  None for a reduced broadcast (stride 0)
    or negative stride, where the order is not modelled."""
    moving = [a for a in axes if data.shape[a] > 1]
    if any(data.strides[a] <= 0 for a in moving):
        return None
    return sorted(moving, key=lambda a: -data.strides[a]) + [a for a in axes if a not in moving]


def _welford_run(columns: np.ndarray):
    """WelfordOps::reduce over the columns of (outputs, k), from the empty state."""
    mean = np.zeros(columns.shape[0])
    m2 = np.zeros(columns.shape[0])
    for k in range(columns.shape[1]):
        x = columns[:, k]
        delta = x - mean
        mean = mean + delta / float(k + 1)
        m2 = m2 + delta * (x - mean)
    return mean, m2, float(columns.shape[1])


def welford(data: np.ndarray, dims, keepdim: bool, divisor: float,
            take_sqrt: bool) -> np.ndarray:
    axes = tuple(range(data.ndim)) if dims is None else tuple(sorted(set(dims)))
    kept = [a for a in range(data.ndim) if a not in axes]
    moved = np.transpose(data, kept + _reduced_order(data, axes)).astype(np.float64)
    outputs = moved.reshape(int(np.prod([data.shape[a] for a in kept], dtype=np.int64)), -1)
    count = outputs.shape[1]
    # one output: its elements are split between the threads and the partial
    # states combined; several: the outputs are split, each reduced in one run
    single = outputs.shape[0] == 1
    threads = min(get_threads(), -(-count // GRAIN_SIZE)) if single and count >= GRAIN_SIZE \
        else 1
    chunk = -(-count // threads)
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        mean, m2, n = _welford_run(outputs[:, :chunk])
        for begin in range(chunk, count, chunk):  # WelfordOps::combine, thread by thread
            b_mean, b_m2, b_n = _welford_run(outputs[:, begin:begin + chunk])
            delta = b_mean - mean
            total = n + b_n
            nb_over_n = b_n / total
            mean = mean + delta * nb_over_n
            m2 = (m2 + b_m2) + ((delta * delta) * n) * nb_over_n
            n = total
        value = m2 / np.float64(divisor)
        if take_sqrt:
            value = np.sqrt(value)
    shape = tuple(1 if a in axes else n for a, n in enumerate(data.shape)) if keepdim \
        else tuple(data.shape[a] for a in kept)
    return value.astype(data.dtype).reshape(shape)


def exact_variance(xp, data: np.ndarray, dims, keepdim: bool, divisor: float, take_sqrt: bool):
    """ATen's var/std where one of the models above applies, else None."""
    if not numerics.exact(xp):
        return None
    if applies(xp, data, dims):
        value = var_all(data, divisor, take_sqrt)
        return value.reshape((1,) * data.ndim) if keepdim else value
    if welford_applies(xp, data, dims):
        return welford(data, dims, keepdim, divisor, take_sqrt)
    return None
