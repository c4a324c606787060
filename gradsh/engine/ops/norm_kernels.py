"""The 2-norm over contiguous last dims as ATen's CPU kernel computes it.

``norm_kernel_tensor_iterator_impl`` (aten/src/ATen/native/cpu/
ReduceOpsKernel.cpp) has a vectorised path for p = 2 when the reduction is
over the contiguous last dim and the output dtype is the input's (float32,
float64): per output row, the AVX2 build's ``W`` lanes (8 float32, 4 float64)
accumulate ``acc += x * x`` over full vectors (a product and an add, not
fused), the lanes are added into lane 0 one by one, the tail elements are
added as ``b = fma(x, x, b)`` (the compiler contracts the scalar loop) -
except that for float32 tails of 4 or more the first 4 squares are rounded
before they are added (measured: the compiler squares them in one SSE
vector) - and the result is ``sqrt(b)``.  Measured bit for bit against PyTorch; other
layouts keep NumPy's order.
"""
from __future__ import annotations

import math

import numpy as np

from ..random.exact import fma32, fma64

_LANES = {np.dtype(np.float32): 8, np.dtype(np.float64): 4}


def applies(xp, data: np.ndarray, dims) -> bool:
    """NumPy float32/float64, C-contiguous, reducing the trailing dims."""
    if xp is not np or data.dtype not in _LANES or data.size == 0 or data.ndim == 0:
        return False
    if not data.flags.c_contiguous:
        return False
    dims = tuple(range(data.ndim)) if dims is None else tuple(sorted(set(dims)))
    return dims == tuple(range(data.ndim - len(dims), data.ndim))


def two_norm_lastdims(data: np.ndarray, dims, keepdim: bool) -> np.ndarray:
    dims = tuple(range(data.ndim)) if dims is None else tuple(sorted(set(dims)))
    kept = data.shape[:data.ndim - len(dims)]
    n = math.prod(data.shape[d] for d in dims)
    rows = data.reshape(-1, n)
    lanes = _LANES[data.dtype]
    full = n - n % lanes
    with np.errstate(over="ignore", invalid="ignore"):
        if full:
            blocks = rows[:, :full].reshape(rows.shape[0], full // lanes, lanes)
            acc = np.add.reduce(blocks * blocks, axis=1)  # block after block (axis 1 is outer)
            total = acc[:, 0].copy()
            for j in range(1, lanes):
                total += acc[:, j]
        else:
            total = np.zeros(rows.shape[0], dtype=data.dtype)
        fma = fma32 if data.dtype == np.float32 else fma64
        # float32 tails of 4 or more: the compiler squares the first 4 in one SSE vector
        plain = 4 if data.dtype == np.float32 and n - full >= 4 else 0
        for d in range(full, n):
            column = rows[:, d]
            if d - full < plain:
                total += column * column
            else:
                total = np.asarray(fma(column, column, total)).astype(data.dtype)
        result = np.sqrt(total)
    shape = kept + ((1,) * len(dims) if keepdim else ())
    if keepdim:
        shape = tuple(1 if d in dims else data.shape[d] for d in range(data.ndim))
    return result.reshape(shape)


def strided_applies(xp, data: np.ndarray, dims) -> bool:
    """A full 2-norm of a strided run (memory that coalesces to one non-unit
    stride): ATen's ``binary_kernel_reduce`` with ``NormTwoOps``."""
    from .product_kernels import flat_run  # noqa: PLC0415

    if xp is not np or data.dtype not in _LANES or data.size == 0:
        return False
    if dims is not None and len(set(dims)) < data.ndim:
        return False
    run = flat_run(data)
    return run is not None and not run[1]


def two_norm_strided(data: np.ndarray, keepdim: bool) -> np.ndarray:
    """``acc + x * x`` element after element from 0 (not fused, measured), per
    thread chunk past ``GRAIN_SIZE`` (partial sums combined in order), sqrt."""
    from .cascade_sum import GRAIN_SIZE, get_threads  # noqa: PLC0415
    from .product_kernels import flat_run  # noqa: PLC0415

    values = flat_run(data)[0]
    count = values.size
    threads = min(get_threads(), -(-count // GRAIN_SIZE)) if count >= GRAIN_SIZE else 1
    chunk = -(-count // threads)
    total = data.dtype.type(0)
    with np.errstate(over="ignore", invalid="ignore"):
        for begin in range(0, count, chunk):
            part = values[begin:begin + chunk]
            total = total + np.add.accumulate(part * part)[-1]
        result = np.sqrt(np.asarray(total, dtype=data.dtype))
    return result.reshape((1,) * data.ndim) if keepdim else result
