"""prod of a whole float32/float64 tensor as ATen's CPU kernel computes it.

``prod_kernel_impl`` (aten/src/ATen/native/cpu/ReduceOpsKernel.cpp) is
``binary_kernel_reduce_vec`` with identity 1 (cpu/Reduce.h), the AVX2 build
(``W`` = 8 float32 / 4 float64 lanes).  A contiguous run of ``n`` elements
goes through ``vectorized_inner_reduction``: when ``n >= 4W``, four vector
accumulators start with the first ``4W`` elements and multiply in every
further block of ``4W``; then ``(a0 * a1) * (a2 * a3)``, its lanes multiplied
into lane 0 in order, into the output (``1 * b``); the remaining ``n % 4W``
elements are multiplied in one by one.  A strided run is the scalar loop
alone.  With 2 threads and at least ``GRAIN_SIZE`` elements the linear range
is split in ``ceil(n / threads)`` chunks, each from 1, multiplied together
in order at the end.  Reductions over some dims keep NumPy's order.
"""
from __future__ import annotations

import numpy as np

from .cascade_sum import GRAIN_SIZE, get_threads

_LANES = {np.dtype(np.float32): 8, np.dtype(np.float64): 4}


def flat_run(data: np.ndarray):
    """(the elements in iteration order, contiguous?) when the tensor's memory
    coalesces to one dim, else None."""
    kept = sorted((abs(s), n) for s, n in zip(data.strides, data.shape) if n > 1)
    if kept and kept[0][0] == 0:  # an expanded view: ravel would copy every repeat
        return None
    if any(kept[i][0] * kept[i][1] != kept[i + 1][0] for i in range(len(kept) - 1)):
        return None
    return data.ravel(order="K"), not kept or kept[0][0] == data.itemsize


def _chunk(values: np.ndarray, contiguous: bool, lanes: int):
    one = values.dtype.type(1)
    if not contiguous or values.size < 4 * lanes:
        return _sequential(values)
    full = values.size - values.size % (4 * lanes)
    blocks = values[:full].reshape(-1, 4 * lanes)
    acc = np.multiply.reduce(blocks, axis=0).reshape(4, lanes)  # row after row
    acc = (acc[0] * acc[1]) * (acc[2] * acc[3])
    result = one
    lane0 = acc[0]
    for j in range(1, lanes):
        lane0 = lane0 * acc[j]
    result = result * lane0
    for value in values[full:]:
        result = result * value
    return result


_SLICE = 1 << 20  # the sequential product goes slice by slice: bounded temporaries


def _sequential(values: np.ndarray):
    """1 * v0 * v1 * ..., left to right; each slice's running product starts from
    the one before (prepended), so the rounding is one left fold's."""
    result = values.dtype.type(1)
    for begin in range(0, values.size, _SLICE):
        part = values[begin:begin + _SLICE]
        result = np.multiply.accumulate(np.concatenate(([result], part)))[-1]
    return result


def prod_all(data: np.ndarray):
    """The product, or None where this model does not apply."""
    if data.dtype not in _LANES or data.size == 0:
        return None
    run = flat_run(data)
    if run is None:
        return None
    values, contiguous = run
    count = values.size
    threads = min(get_threads(), -(-count // GRAIN_SIZE)) if count >= GRAIN_SIZE else 1
    chunk = -(-count // threads)
    with np.errstate(over="ignore", invalid="ignore", under="ignore"):
        result = data.dtype.type(1)
        for begin in range(0, count, chunk):
            result = result * _chunk(values[begin:begin + chunk], contiguous,
                                     _LANES[data.dtype])
        return np.asarray(result, dtype=data.dtype)
