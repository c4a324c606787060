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
vector) - and the result is ``sqrt(b)``.  That path is taken when each output's reduced
elements are one contiguous run, in any dim order (``is_reduce_lastdim``
after the iterator sorts dims by stride: ``x.t().norm(dim=0)`` too).  Other
layouts are ``binary_kernel_reduce`` with ``NormTwoOps`` (``two_norm_strided``).
Measured bit for bit against PyTorch.
"""
from __future__ import annotations

import math

import numpy as np

from .. import numerics
from ..random.exact import fma32, fma64
from .cascade_sum import reorder

_LANES = {np.dtype(np.float32): 8, np.dtype(np.float64): 4}


def iteration_axes(shape, strides, reduced=None) -> list:
    """The axes of size > 1, fastest first, as ATen's ``reorder_dimensions``
    sorts them: starting from the last dim, an insertion sort where the
    output (contiguous, stride 0 on the ``reduced`` axes; none when
    ``reduced`` is None) decides first, then the input's stride (the smaller
    first, equal strides by size); a stride of 0 decides nothing, so a
    broadcast dim keeps its place."""
    out, acc = {}, 1
    for d in reversed(range(len(shape))):
        out[d] = 0 if reduced is not None and d in reduced else acc
        acc *= 1 if reduced is not None and d in reduced else shape[d]
    axes = [d for d in reversed(range(len(shape))) if shape[d] != 1]

    def should_swap(a, b):
        if reduced is not None:
            if (out[a] == 0) != (out[b] == 0):
                return 1 if out[b] == 0 else -1
            if out[a] and out[b] and out[a] != out[b]:
                return -1 if out[a] < out[b] else 1
        sa, sb = strides[a], strides[b]
        if sa == 0 or sb == 0:
            return 0
        if sa != sb:
            return -1 if sa < sb else 1
        return 1 if shape[a] > shape[b] else 0

    return reorder(axes, should_swap)


def _reduced_order(data: np.ndarray, dims):
    """The reduced axes (size > 1) outermost first as ATen's reduction
    iterator walks them (``iteration_axes``), or None where a reduced stride
    is negative (not modelled)."""
    if any(data.strides[d] < 0 for d in dims if data.shape[d] > 1):
        return None
    fastest = iteration_axes(data.shape, data.strides, set(dims))
    return [d for d in reversed(fastest) if d in dims]


def _dims(data: np.ndarray, dims) -> tuple:
    return tuple(range(data.ndim)) if dims is None else tuple(sorted(set(dims)))


def applies(xp, data: np.ndarray, dims) -> bool:
    """NumPy float32/float64 whose reduced elements of each output are one
    contiguous run (``is_reduce_lastdim``: one reduced dim after coalescing,
    unit stride)."""
    if not numerics.exact(xp) or data.dtype not in _LANES or data.size == 0 or data.ndim == 0:
        return False
    order = _reduced_order(data, _dims(data, dims))
    if order is None:
        return False
    stride = data.itemsize
    for d in reversed(order):  # innermost first: each dim continues the last (not 0)
        if data.strides[d] != stride:
            return False
        stride *= data.shape[d]
    return True


def _rows(data: np.ndarray, dims) -> np.ndarray:
    """(outputs, reduced) with each row in iteration order."""
    dims = _dims(data, dims)
    kept = [d for d in range(data.ndim) if d not in dims]
    order = _reduced_order(data, dims) + [d for d in dims if data.shape[d] == 1]
    n = math.prod(data.shape[d] for d in dims)
    return np.transpose(data, kept + order).reshape(-1, n)


def _shape(data: np.ndarray, dims, keepdim: bool) -> tuple:
    dims = _dims(data, dims)
    if keepdim:
        return tuple(1 if d in dims else data.shape[d] for d in range(data.ndim))
    return tuple(data.shape[d] for d in range(data.ndim) if d not in dims)


def two_norm_lastdims(data: np.ndarray, dims, keepdim: bool) -> np.ndarray:
    rows = _rows(data, dims)
    n = rows.shape[1]
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
    return result.reshape(_shape(data, dims, keepdim))


def strided_applies(xp, data: np.ndarray, dims) -> bool:
    """Any other layout: ATen's ``binary_kernel_reduce`` with ``NormTwoOps``."""
    if not numerics.exact(xp) or data.dtype not in _LANES or data.size == 0:
        return False
    return _reduced_order(data, _dims(data, dims)) is not None


def two_norm_strided(data: np.ndarray, dims, keepdim: bool) -> np.ndarray:
    """Per output, ``acc + x * x`` over its elements in iteration order from 0
    (not fused, measured); a single output of ``GRAIN_SIZE`` elements or more
    is split between the threads (partial sums added to 0 in order), several
    outputs are split between the threads and each summed in one run; sqrt."""
    from .cascade_sum import GRAIN_SIZE, get_threads  # noqa: PLC0415

    rows = _rows(data, dims)
    outputs, count = rows.shape
    single = outputs == 1
    threads = min(get_threads(), -(-count // GRAIN_SIZE)) if single and count >= GRAIN_SIZE \
        else 1
    chunk = -(-count // threads)
    total = np.zeros(outputs, dtype=data.dtype)
    with np.errstate(over="ignore", invalid="ignore"):
        for begin in range(0, count, chunk):
            part = rows[:, begin:begin + chunk]
            # accumulate is sequential by definition (add.reduce may pair)
            total = total + np.add.accumulate(part * part, axis=1)[:, -1]
        result = np.sqrt(total)
    return result.reshape(_shape(data, dims, keepdim))
