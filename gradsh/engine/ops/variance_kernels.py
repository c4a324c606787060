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
from .norm_kernels import _reduced_order as norm_order, iteration_axes


def applies(xp, data: np.ndarray, dims) -> bool:
    """Whether ATen takes the two-pass path: one output element."""
    if xp is not np or data.dtype not in (np.float32, np.float64) or data.size == 0:
        return False
    if dims is not None and any(n > 1 for d, n in enumerate(data.shape) if d not in dims):
        return False  # more than one output element (size-1 dims do not count)
    # any layout (``result.numel() == 1``), in the iterator's order; negative
    # strides are not modelled
    return all(s >= 0 for s, n in zip(data.strides, data.shape) if n > 1)


def _plane(data: np.ndarray, order: list) -> tuple[int, int]:
    """(size0, size1) of the iterator after coalescing (``order``: axes fastest
    first); size1 is 0 for a 1-D iterator (one loop call a range)."""
    dims = []
    for axis in order:
        size, stride = data.shape[axis], data.strides[axis]
        if dims and dims[-1][0] * dims[-1][1] == stride:
            dims[-1] = (dims[-1][0] * size, dims[-1][1])
        else:
            dims.append((size, stride))
    return (dims[0][0], dims[1][0]) if len(dims) > 1 else (max(1, len(dims) and dims[0][0]), 0)


def _block_sums(squares: np.ndarray, begin: int, end: int, size0: int, size1: int):
    """``serial_for_each`` over [begin, end): one loop call per 2-D step
    (``DimCounter::max_2d_step``: the rest of a row, or whole rows up to the
    plane's end), each summing its elements sequentially from 0.0."""
    if size1 == 0:
        return [np.add.accumulate(squares[begin:end])[-1]]
    plane = size0 * size1
    sums = []
    offset = begin
    while offset < end:
        v0, v1 = offset % size0, (offset // size0) % size1
        if v0 == 0 and v1 == 0 and end - offset >= plane:  # whole planes, one call each
            count = (end - offset) // plane
            block = squares[offset:offset + count * plane].reshape(count, plane)
            sums.extend(np.add.accumulate(block, axis=1)[:, -1])
            offset += count * plane
            continue
        step0 = min(size0 - v0, end - offset)
        step1 = min(size1 - v1, (end - offset) // size0) if step0 == size0 else 1
        sums.append(np.add.accumulate(squares[offset:offset + step0 * step1])[-1])
        offset += step0 * step1
    return sums


def var_all(data: np.ndarray, divisor: float, take_sqrt: bool) -> np.ndarray:
    """``divisor`` is ``max(0, n - correction)``.  Each thread chunk's
    ``thread_sum`` adds, from 0.0, the sum of each loop call (a 2-D block of
    the iterator, summed from 0.0 in iteration order); the chunks' sums are
    added from 0.0 in order."""
    mean = float(torch_mean(np, data))
    order = iteration_axes(data.shape, data.strides)  # fastest first, no output operand
    rest = [d for d in range(data.ndim) if d not in order]
    flat = np.transpose(data, rest + order[::-1]).astype(np.float64).reshape(-1)
    size0, size1 = _plane(data, order)
    count = flat.size
    threads = min(get_threads(), -(-count // GRAIN_SIZE)) if count >= GRAIN_SIZE else 1
    chunk = -(-count // threads)
    total = 0.0
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        dx = flat - mean
        squares = dx * dx
        for begin in range(0, count, chunk):
            sums = _block_sums(squares, begin, min(begin + chunk, count), size0, size1)
            thread_sum = np.add.accumulate(np.asarray([0.0] + list(sums)))[-1]
            total = total + float(thread_sum)
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
    """The reduced axes outermost first as ATen's iterator walks them
    (``norm_kernels.iteration_axes``: by input stride, the smallest innermost;
    a broadcast dim keeps its place), the size-1 ones last.  None for a
    negative stride (not modelled)."""
    order = norm_order(data, axes)
    return None if order is None else order + [a for a in axes if data.shape[a] == 1]


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
        axes = range(data.ndim) if dims is None else set(dims)
        kept = () if keepdim else tuple(n for d, n in enumerate(data.shape) if d not in axes)
        return value.reshape((1,) * data.ndim if keepdim else kept)  # (1, 1).std(0): (1,)
    if welford_applies(xp, data, dims):
        return welford(data, dims, keepdim, divisor, take_sqrt)
    return None
