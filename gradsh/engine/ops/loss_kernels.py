"""nll_loss's reductions as ATen's CPU kernel computes them (issue 21).

``nll_loss_out_frame`` (aten/src/ATen/native/LossNLL.cpp), for 1-D and 2-D
inputs: eight levels of partial sums in the dtype, ``level_power =
max(4, ceil_log2(batch) // 8)``.  Each target that is not ignored does
``partial[0] -= x[b, t] (* w[t])`` (and ``weights[0] += w[t]``), then, for
``j = 0..6`` while ``b & (mask << j * level_power) == 0``, moves level ``j``
into level ``j + 1`` (``partial[j + 1] += partial[j]; partial[j] = 0``).  The
result is ``((0 + p0) + p1) + ... + p7``, divided by the total weight for
'mean' (the count of targets kept, or the weights' own cascade).

Vectorised level by level: the values a level receives are summed
sequentially per run between two flushes (runs padded with the identity
that keeps every bit: ``-0.0`` for additions, ``+0.0`` for level 0's
subtractions).
"""
from __future__ import annotations

import numpy as np

_LEVELS = 8


def _runs(values: np.ndarray, flush: np.ndarray, subtract: bool):
    """Sequential sums of ``values`` per run ending at each True of ``flush``:
    (sums of the flushed runs, the unflushed remainder)."""
    dtype = values.dtype
    if values.size == 0:
        return values, np.zeros((), dtype=dtype)
    group = np.concatenate([[0], np.cumsum(flush)[:-1]])  # run id of every value
    count = int(group[-1]) + 1
    start = np.searchsorted(group, np.arange(count))
    position = np.arange(values.size) - start[group]
    width = int(position.max()) + 1
    table = np.full((count, width), 0.0 if subtract else -0.0, dtype=dtype)
    table[group, position] = values
    acc = np.zeros(count, dtype=dtype)
    for column in range(width):
        if subtract:
            acc -= table[:, column]
        else:
            acc += table[:, column]
    flushed_runs = int(flush.sum())
    rest = acc[flushed_runs] if count > flushed_runs else np.zeros((), dtype=dtype)
    return acc[:flushed_runs], rest


def cascade(values: np.ndarray, positions: np.ndarray, batch: int, subtract: bool):
    """ATen's eight-level sum of ``values`` (arriving at batch indices ``positions``)."""
    dtype = values.dtype
    power = max(4, int(np.ceil(np.log2(batch))) // _LEVELS if batch > 1 else 0)
    mask = (1 << power) - 1
    levels = []
    for j in range(_LEVELS):
        if j + 1 < _LEVELS:
            flush = (positions & (mask << (j * power))) == 0
        else:
            flush = np.zeros(positions.shape, dtype=bool)
        # a flush at b also requires every lower level to have flushed at b,
        # which holds: the lower masks are contained in this one
        sums, rest = _runs(values, flush, subtract and j == 0)
        levels.append(rest)
        values, positions = sums, positions[flush]
    total = np.zeros((), dtype=dtype)
    for level in levels:
        total = total + level
    return total


def nll_reduce(picked: np.ndarray, weights: np.ndarray | None, kept: np.ndarray,
               batch: int, mean: bool):
    """The 'sum' or 'mean' of ``-picked`` (``x[b, t_b]``, the weight folded in)."""
    dtype = picked.dtype
    positions = np.nonzero(kept)[0].astype(np.int64)
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        total = cascade(picked[kept], positions, batch, subtract=True)
        if not mean:
            return total
        if weights is None:
            weight = dtype.type(positions.size)
        else:
            weight = cascade(weights[kept].astype(dtype), positions, batch, subtract=False)
        return total / weight
